#!/usr/bin/env python3
"""Generate a mixed repository for benchmarking stacklint: mostly non-stack YAML, a few stacks.

    gen_mixed.py OUT_DIR [N_OTHER] [N_STACKS] [--seed S]

Writes N_OTHER (default 10,000) non-stack YAML files, in equal parts Kubernetes manifests
(OUT_DIR/k8s/NNN/, Deployments + Services as multi-document files, ConfigMaps, CronJobs,
Ingresses, and about 2% IstioOperator manifests, whose `spec.components` key makes them look
like a stack to a byte scan), Helm values files (OUT_DIR/charts/NNN/<chart>-values.yaml) and CI
workflows (OUT_DIR/workflows/NNN/*.yml, GitHub Actions with shell scripts, globs and `${{ }}`
expressions), plus N_STACKS (default 50) ZenML stack exports that each have one known problem
(OUT_DIR/stacks/, the same generator as gen_corpus.py; duplicate-key problems left out so that
ajv-cli can read every file). OUT_DIR/stacks/problems.tsv lists the stacks and their problems.
Linting OUT_DIR must report exactly what linting OUT_DIR/stacks alone does.

Python 3 standard library only; deterministic for a seed.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import TEAMS, PURPOSES, ENVS, AWS_REGIONS, make_stack, pick  # noqa: E402

APPS = ["web", "api", "worker", "gateway", "auth", "billing", "search", "feed", "notifier",
        "scheduler", "ingest", "export", "reports", "admin", "cache", "metrics"]
IMAGES = ["nginx:1.25", "redis:7.2-alpine", "postgres:16", "ghcr.io/{team}/{app}:v{v}",
          "{acct}.dkr.ecr.{region}.amazonaws.com/{app}:{v}", "docker.io/library/python:3.11-slim",
          "europe-west1-docker.pkg.dev/{team}-prod/images/{app}:{v}"]


def image(rng, team, app):
    return pick(rng, IMAGES).format(team=team, app=app, v=f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(10)}",
                                    acct=rng.randrange(10 ** 11, 10 ** 12), region=pick(rng, AWS_REGIONS))


def env_lines(rng, indent):
    pad = " " * indent
    out = []
    for _ in range(rng.randrange(1, 6)):
        key = pick(rng, ["LOG_LEVEL", "PORT", "DATABASE_URL", "REDIS_HOST", "FEATURE_FLAGS",
                         "OTEL_EXPORTER_OTLP_ENDPOINT", "TZ", "WORKERS"])
        value = pick(rng, ['"info"', '"8080"', "postgres://db:5432/app?sslmode=require", "redis",
                           '"a,b,c"', "http://otel-collector:4317", "Europe/Berlin", '"4"'])
        out.append(f"{pad}- name: {key}\n{pad}  value: {value}")
    return "\n".join(out)


def deployment(rng, team, app, ns):
    replicas = rng.randrange(1, 6)
    port = pick(rng, [80, 8080, 3000, 9000])
    probe = ("          livenessProbe:\n            httpGet: {path: /healthz, port: %d}\n"
             "            initialDelaySeconds: 10\n" % port) if rng.random() < 0.6 else ""
    return f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
  namespace: {ns}
  labels: &labels
    app.kubernetes.io/name: {app}
    app.kubernetes.io/part-of: {team}
    app.kubernetes.io/component: backend
spec:
  replicas: {replicas}
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels: *labels
      annotations:
        prometheus.io/scrape: "true"
    spec:
      containers:
        - name: {app}
          image: {image(rng, team, app)}
          args: ["--port={port}", "--log-format=json"]
          ports:
            - containerPort: {port}
          env:
{env_lines(rng, 12)}
          resources:
            requests: {{cpu: {rng.randrange(1, 9) * 50}m, memory: {rng.randrange(1, 9) * 64}Mi}}
            limits: {{memory: {rng.randrange(2, 17) * 64}Mi}}
{probe}---
apiVersion: v1
kind: Service
metadata:
  name: {app}
  namespace: {ns}
spec:
  selector:
    app.kubernetes.io/name: {app}
  ports:
    - port: 80
      targetPort: {port}
"""


def configmap(rng, team, app, ns):
    return f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-config
  namespace: {ns}
data:
  app.properties: |
    server.port=8080
    team={team}
    cache.ttl={rng.randrange(10, 600)}
    regex=^[a-z]+\\.{app}\\.internal$
  nginx.conf: |
    location / {{
      proxy_pass http://{app}:8080;
      proxy_set_header Host $host;
    }}
"""


def cronjob(rng, team, app, ns):
    return f"""apiVersion: batch/v1
kind: CronJob
metadata:
  name: {app}-nightly
  namespace: {ns}
spec:
  schedule: "{rng.randrange(60)} {rng.randrange(24)} * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: {image(rng, team, app)}
              command: ["/bin/sh", "-c", "python -m {app}.jobs.nightly --since=\\"24h\\" && echo done"]
"""


def ingress(rng, team, app, ns):
    return f"""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {app}
  namespace: {ns}
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt
    nginx.ingress.kubernetes.io/rewrite-target: /$2
spec:
  tls:
    - hosts: ["{app}.{team}.example.com"]
      secretName: {app}-tls
  rules:
    - host: {app}.{team}.example.com
      http:
        paths:
          - path: /{app}(/|$)(.*)
            pathType: ImplementationSpecific
            backend:
              service: {{name: {app}, port: {{number: 80}}}}
"""


def istio(rng, team, app, ns):
    return f"""apiVersion: install.istio.io/v1alpha1
kind: IstioOperator
metadata:
  name: {team}-mesh
  namespace: istio-system
spec:
  profile: default
  components:
    pilot:
      k8s:
        resources: {{requests: {{cpu: 500m, memory: 2048Mi}}}}
    ingressGateways:
      - name: istio-ingressgateway
        enabled: true
  meshConfig:
    accessLogFile: /dev/stdout
"""


def k8s(rng):
    team, app, ns = pick(rng, TEAMS), pick(rng, APPS), f"{pick(rng, TEAMS)}-{pick(rng, ENVS)}"
    if rng.random() < 0.02:
        return "istio", istio(rng, team, app, ns)
    kind = pick(rng, ["deployment", "deployment", "configmap", "cronjob", "ingress"])
    return kind, {"deployment": deployment, "configmap": configmap, "cronjob": cronjob,
                  "ingress": ingress}[kind](rng, team, app, ns)


def helm_values(rng):
    team, app = pick(rng, TEAMS), pick(rng, APPS)
    hosts = "\n".join(f"    - host: {a}.{team}.example.com\n      paths: [{{path: /, pathType: Prefix}}]"
                      for a in rng.sample(APPS, rng.randrange(1, 4)))
    return app, f"""# Default values for {app}.
# This is a YAML-formatted file. Declare variables to be passed into your templates.
replicaCount: {rng.randrange(1, 4)}

image:
  repository: {image(rng, team, app).rsplit(":", 1)[0]}
  pullPolicy: IfNotPresent
  # Overrides the image tag whose default is the chart appVersion.
  tag: ""

imagePullSecrets: []
nameOverride: ""
fullnameOverride: ""

serviceAccount:
  create: true
  annotations: {{}}
  name: ""

podAnnotations: {{}}
podSecurityContext:
  fsGroup: 2000

securityContext:
  capabilities:
    drop: [ALL]
  readOnlyRootFilesystem: true
  runAsNonRoot: true
  runAsUser: 1000

service:
  type: ClusterIP
  port: {pick(rng, [80, 8080, 443])}

ingress:
  enabled: {pick(rng, ["true", "false"])}
  className: nginx
  annotations:
    kubernetes.io/tls-acme: "true"
  hosts:
{hosts}

resources:
  limits:
    cpu: {rng.randrange(1, 5) * 100}m
    memory: {rng.randrange(1, 9) * 128}Mi
  requests:
    cpu: 100m
    memory: 128Mi

autoscaling:
  enabled: false
  minReplicas: 1
  maxReplicas: {rng.randrange(2, 20)}
  targetCPUUtilizationPercentage: 80

nodeSelector: {{}}
tolerations:
  - key: "dedicated"
    operator: "Equal"
    value: "{team}"
    effect: "NoSchedule"
affinity: {{}}
"""


def workflow(rng):
    app = pick(rng, APPS)
    python = pick(rng, ["3.10", "3.11", "3.12"])
    return app, f"""name: {app} CI
on:
  push:
    branches: [main, "release/**"]
    paths: ["{app}/**", ".github/workflows/{app}.yml"]
  pull_request:
    branches: ["*"]
  schedule:
    - cron: "{rng.randrange(60)} {rng.randrange(24)} * * 1-5"
concurrency:
  group: ${{{{ github.workflow }}}}-${{{{ github.ref }}}}
  cancel-in-progress: true
env:
  PYTHON_VERSION: "{python}"
  REGISTRY: ghcr.io/{pick(rng, TEAMS)}
jobs:
  test:
    runs-on: ${{{{ matrix.os }}}}
    strategy:
      matrix:
        os: [ubuntu-latest, macos-latest]
        shard: [1, 2, 3]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{{{ env.PYTHON_VERSION }}}}
          cache: pip
      - name: Install
        run: |
          python -m pip install --upgrade pip
          pip install -r {app}/requirements.txt \\
            -r {app}/requirements-dev.txt
      - name: Test
        run: pytest {app}/tests -n auto --shard-id=${{{{ matrix.shard }}}} --num-shards=3
  image:
    needs: test
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    permissions: {{contents: read, packages: write}}
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{{{ github.actor }}}}
          password: ${{{{ secrets.GITHUB_TOKEN }}}}
      - run: |
          docker build -t "$REGISTRY/{app}:${{GITHUB_SHA::7}}" {app}
          docker push "$REGISTRY/{app}:${{GITHUB_SHA::7}}"
"""


def write_mixed(out_dir, n_other, n_stacks, seed):
    rng = random.Random(seed)
    kinds = {}
    total = 0
    for i in range(n_other):
        group = ("k8s", "charts", "workflows")[i % 3]
        folder = os.path.join(out_dir, group, f"{i // 3000:03d}")
        if i < 3 or i % 3000 < 3:
            os.makedirs(folder, exist_ok=True)
        if group == "k8s":
            kind, text = k8s(rng)
            name = f"{kind}-{i:05d}.yaml"
        elif group == "charts":
            kind, (app, text) = "helm-values", helm_values(rng)
            name = f"{app}-{i:05d}-values.yaml"
        else:
            kind, (app, text) = "workflow", workflow(rng)
            name = f"{app}-{i:05d}.yml"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            f.write(text)
        kinds[kind] = kinds.get(kind, 0) + 1
        total += len(text)
    stacks = os.path.join(out_dir, "stacks")
    os.makedirs(stacks, exist_ok=True)
    manifest = open(os.path.join(stacks, "problems.tsv"), "w", encoding="utf-8")
    index = written = 0
    while written < n_stacks:
        text, problem = make_stack(seed, index)
        index += 1
        if not problem or problem == "duplicate-key":
            continue
        name = f"stack-{written:03d}.yaml"
        with open(os.path.join(stacks, name), "w", encoding="utf-8") as f:
            f.write(text)
        manifest.write(f"stacks/{name}\t{problem}\n")
        total += len(text)
        written += 1
    manifest.close()
    detail = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    print(f"wrote {n_other} non-stack files ({detail}) and {n_stacks} stacks with a problem, "
          f"{total} bytes, into {out_dir}")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("n_other", nargs="?", type=int, default=10000)
    parser.add_argument("n_stacks", nargs="?", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_mixed(args.out_dir, args.n_other, args.n_stacks, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
