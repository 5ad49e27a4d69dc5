#!/usr/bin/env python3
"""Generate a corpus of realistic ZenML stack export files for benchmarking stacklint.

    gen_corpus.py OUT_DIR N [--seed S]
        Writes N stack files of about 1 KiB each into OUT_DIR/dNNN/ subfolders (at most 1000
        files per folder). About one file in ten has a container-registry problem. File i depends
        only on (seed, i), so the first 1,000 files of a 10,000-file corpus are the 1,000-file
        corpus of the same seed.

    gen_corpus.py OUT_DIR --big MiB [--doc-kib K] [--seed S]
        Writes ONE multi-document file OUT_DIR/stacks-<MiB>MiB[-<K>k].yaml of at most MiB MiB:
        stack documents separated by `---`. --doc-kib pads each document (a larger orchestrator
        configuration) to about K KiB; the default is the same ~1 KiB stacks as the corpus.

    gen_corpus.py OUT_DIR --flow KiB [--seed S]
        Writes ONE stack of about KiB KiB as single-line JSON (YAML flow style) into
        OUT_DIR/one-line-<KiB>KiB.yaml: a probe for costs that grow with line length.

Corpus mode also writes OUT_DIR/problems.tsv (path, problem kind) for the files with a problem;
stacklint and the floor do not walk it (not *.yaml / *.yml).

Python 3 standard library only. Prints a one-line summary (files, bytes, problem counts) on
stdout.
"""

import argparse
import json
import os
import random
import sys

# ---------------------------------------------------------------------------------------------
# Vocabulary

ZENML_VERSIONS = ["0.61.0", "0.63.0", "0.65.0", "0.66.0", "0.67.0", "0.68.1", "0.70.0",
                  "0.71.0", "0.73.0", "0.74.0", "0.75.0"]
OLD_VERSIONS = ["0.55.5", "0.56.4", "0.58.0", "0.60.0"]  # before default_repository existed
TEAMS = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "tyrell", "cyberdyne",
         "soylent", "wonka", "vandelay", "pied-piper", "massive-dynamic", "aperture", "oscorp"]
PURPOSES = ["ml", "mlops", "training", "forecast", "recsys", "nlp", "vision", "fraud", "churn",
            "search", "ranking", "pricing", "ads", "risk"]
ENVS = ["prod", "staging", "dev", "ci", "sandbox", "research", "qa", "perf"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
               "ap-southeast-1", "ap-northeast-1", "sa-east-1"]
GCP_REGIONS = ["europe-west1", "europe-west4", "us-central1", "us-east4", "asia-east1",
               "australia-southeast1", "northamerica-northeast1"]
GAR_MULTI = ["us", "europe", "asia"]
AZURE_REGIONS = ["westeurope", "northeurope", "eastus", "eastus2", "westus3", "uksouth"]
MACHINE_TYPES = ["n1-standard-4", "n1-standard-8", "n2-highmem-8", "e2-standard-16"]
INSTANCE_TYPES = ["ml.m5.xlarge", "ml.m5.2xlarge", "ml.g4dn.xlarge", "ml.p3.2xlarge",
                  "ml.c5.4xlarge"]
ALL_COMMENTS = [
    "# managed by the platform team; do not edit by hand",
    "# exported from the ZenML dashboard",
    "# reviewed in the monthly stack audit",
    "# keep in sync with terraform/stacks",
    "# see the runbook in the ML platform wiki",
    "# owned by the ML infrastructure team",
]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def ident(rng):
    return f"{pick(rng, TEAMS)}-{pick(rng, PURPOSES)}"


def account_id(rng):
    return str(rng.randrange(10 ** 11, 10 ** 12))


def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# ---------------------------------------------------------------------------------------------
# Components. Each builder returns (component_type, list of lines) for the `components:` block,
# indented by two spaces.


def component(ctype, name, flavor, config_lines, rng, comment=None, with_type=False, with_id=False):
    lines = [f"  {ctype}:"]
    if comment:
        lines.append(f"    {comment}")
    lines.append(f"    name: {name}")
    if with_id:
        lines.append(f"    id: {uuid(rng)}")
    if with_type:
        lines.append(f"    type: {ctype}")
    lines.append(f"    flavor: {flavor}")
    if config_lines:
        lines.append("    configuration:")
        lines.extend("      " + line for line in config_lines)
    else:
        lines.append("    configuration: {}")
    return lines


class Stack:
    """One stack's choices; render() makes the YAML text."""

    def __init__(self, rng, index, doc_pad_bytes=0):
        self.rng = rng
        self.index = index
        self.doc_pad_bytes = doc_pad_bytes
        self.team = pick(rng, TEAMS)
        self.purpose = pick(rng, PURPOSES)
        self.env = pick(rng, ENVS)
        self.cloud = pick(rng, ["aws", "aws", "gcp", "gcp", "azure", "github", "dockerhub",
                                "local", "gitlab"])
        self.version = pick(rng, ZENML_VERSIONS)
        self.problem = None

    # --- registry -----------------------------------------------------------------------------

    def registry(self):
        rng, team, purpose = self.rng, self.team, self.purpose
        cloud = self.cloud
        extra = []
        if cloud == "aws":
            self.region = pick(rng, AWS_REGIONS)
            self.account = account_id(rng)
            flavor, uri = "aws", f"{self.account}.dkr.ecr.{self.region}.amazonaws.com"
            if rng.random() < 0.5:
                extra.append(f"default_repository: {purpose}-images")
            name = pick(rng, ["ecr", f"ecr-{self.env}", f"{team}-ecr"])
        elif cloud == "gcp":
            self.region = pick(rng, GCP_REGIONS)
            self.project = f"{team}-{purpose}-{rng.randrange(100, 999)}"
            loc = self.region if rng.random() < 0.8 else pick(rng, GAR_MULTI)
            flavor, uri = "gcp", f"{loc}-docker.pkg.dev/{self.project}/{purpose}-images"
            name = pick(rng, ["gar", f"gar-{self.env}", "artifact-registry"])
        elif cloud == "azure":
            self.region = pick(rng, AZURE_REGIONS)
            flavor = "azure"
            uri = f"{team.replace('-', '')}{purpose}{self.env}.azurecr.io"
            name = pick(rng, ["acr", f"acr-{self.env}", f"{team}-acr"])
        elif cloud == "github":
            flavor, uri = "github", f"ghcr.io/{team}"
            extra.append(f"authentication_secret: ghcr-{self.env}")
            name = pick(rng, ["ghcr", "github-packages"])
        elif cloud == "dockerhub":
            flavor = "dockerhub"
            account = f"{team.replace('-', '')}{purpose}"
            uri = f"docker.io/{account}" if rng.random() < 0.6 else account
            extra.append(f"authentication_secret: dockerhub-{self.env}")
            name = pick(rng, ["dockerhub", "docker-hub"])
        elif cloud == "gitlab":
            flavor, uri = "default", f"registry.gitlab.com/{team}/{purpose}-platform"
            extra.append("authentication_secret: gitlab-deploy-token")
            name = "gitlab-registry"
        else:  # local
            flavor, uri = "default", f"localhost:{pick(rng, ['5000', '5001', '5555'])}"
            name = pick(rng, ["local-registry", "default-registry"])
        self.registry_flavor, self.registry_uri = flavor, uri
        config = [f"uri: {uri}"] + extra
        return name, flavor, config

    def apply_problem(self, name, flavor, config):
        """Turn a clean registry into one with a problem (about one file in ten)."""
        rng = self.rng
        kind = pick(rng, ["default-specific", "default-specific", "unknown-flavor",
                          "unknown-flavor", "aws-path", "aws-path", "unknown-key", "unknown-key",
                          "duplicate-key"])
        self.problem = kind
        if kind == "default-specific":
            uri = pick(rng, [f"gcr.io/{self.team}-{self.purpose}",
                             f"ghcr.io/{self.team}",
                             f"{account_id(rng)}.dkr.ecr.{pick(rng, AWS_REGIONS)}.amazonaws.com"])
            return name, "default", [f"uri: {uri}"]
        if kind == "unknown-flavor":
            guess = {"aws": "ecr", "gcp": "gcr", "azure": "acr", "github": "ghcr",
                     "dockerhub": "docker"}.get(flavor, "ecr")
            if guess == "ecr" and flavor != "aws":
                config = [f"uri: {account_id(rng)}.dkr.ecr.{pick(rng, AWS_REGIONS)}.amazonaws.com"]
            return name, guess, config
        if kind == "aws-path":
            region = pick(rng, AWS_REGIONS)
            uri = f"{account_id(rng)}.dkr.ecr.{region}.amazonaws.com/{self.purpose}/zenml"
            return name, "aws", [f"uri: {uri}"]
        if kind == "unknown-key":
            typo = pick(rng, ["usernmae: ci-bot", "repository: zenml", "region: eu-west-1",
                              "default_repo: zenml", "auth_secret: registry-creds"])
            return name, flavor, config + [typo]
        # duplicate key: `uri` written twice, ZenML keeps the last one
        return name, flavor, [config[0], "# TODO: remove the old registry", config[0]] + config[1:]

    # --- the other components -----------------------------------------------------------------

    def artifact_store(self):
        rng, team, purpose = self.rng, self.team, self.purpose
        if self.cloud == "aws" or (self.cloud in ("github", "dockerhub", "gitlab") and rng.random() < 0.5):
            return component("artifact_store", pick(rng, ["s3-store", "s3", f"{team}-s3"]), "s3",
                             [f"path: s3://{team}-{purpose}-zenml-artifacts"], rng,
                             with_type=self.with_type, with_id=self.with_id)
        if self.cloud in ("gcp", "github", "dockerhub", "gitlab"):
            return component("artifact_store", pick(rng, ["gcs-store", "gcs", "artifacts"]), "gcp",
                             [f"path: gs://{team}-{purpose}-artifacts"], rng,
                             with_type=self.with_type, with_id=self.with_id)
        if self.cloud == "azure":
            return component("artifact_store", pick(rng, ["blob", "azure-store"]), "azure",
                             [f"path: az://{purpose}-artifacts"], rng,
                             with_type=self.with_type, with_id=self.with_id)
        return component("artifact_store", "default", "local", [], rng,
                         with_type=self.with_type, with_id=self.with_id)

    def orchestrator(self):
        rng, team, env = self.rng, self.team, self.env
        pad = self.pad_lines()
        if self.cloud == "local":
            flavor = pick(rng, ["local", "local_docker"])
            cfg = [] if flavor == "local" else ["run_args:", "  cpu_count: 4", "  mem_limit: 8g"]
            return component("orchestrator", f"local-{flavor.replace('_', '-')}", flavor,
                             cfg + pad, rng, with_type=self.with_type, with_id=self.with_id)
        if self.cloud == "aws":
            flavor = pick(rng, ["sagemaker", "sagemaker", "kubernetes", "kubeflow", "skypilot_aws"])
            if flavor == "sagemaker":
                cfg = [f"execution_role: arn:aws:iam::{self.account}:role/zenml-sagemaker",
                       f"region: {self.region}",
                       f"instance_type: {pick(rng, INSTANCE_TYPES)}"]
            elif flavor == "skypilot_aws":
                cfg = [f"region: {self.region}", "disk_size: 100"]
            else:
                cfg = [f"kubernetes_context: arn:aws:eks:{self.region}:{self.account}:cluster/{env}",
                       f"kubernetes_namespace: zenml-{env}"]
        elif self.cloud == "gcp":
            flavor = pick(rng, ["vertex", "vertex", "kubernetes", "airflow"])
            if flavor == "vertex":
                cfg = [f"location: {self.region}",
                       f"pipeline_root: gs://{team}-{self.purpose}-artifacts/vertex",
                       f"workload_service_account: zenml@{self.project}.iam.gserviceaccount.com"]
            elif flavor == "airflow":
                cfg = ["local: false", f"dag_output_dir: gs://{team}-composer/dags"]
            else:
                cfg = [f"kubernetes_context: gke_{self.project}_{self.region}_{env}-cluster",
                       f"kubernetes_namespace: zenml-{env}"]
        elif self.cloud == "azure":
            flavor = pick(rng, ["azureml", "kubernetes"])
            if flavor == "azureml":
                cfg = [f"subscription_id: {uuid(rng)}", f"resource_group: rg-{self.purpose}-{env}",
                       f"workspace: ws-{self.purpose}-{env}", "compute_type: serverless"]
            else:
                cfg = [f"kubernetes_context: aks-{self.purpose}-{env}",
                       f"kubernetes_namespace: zenml-{env}"]
        else:
            flavor = pick(rng, ["kubernetes", "kubernetes", "kubeflow", "tekton"])
            cfg = [f"kubernetes_context: {team}-{env}-cluster",
                   f"kubernetes_namespace: zenml-{env}"]
        if self.anchors:
            # anchor the cluster context or the region, for the image builder / step operator
            for j, line in enumerate(cfg):
                if line.startswith("kubernetes_context: "):
                    cfg[j] = "kubernetes_context: &ctx " + line.split(": ", 1)[1]
                    self.ctx_anchor = True
                elif line.startswith(("region: ", "location: ")) and not getattr(self, "region_anchor", False):
                    key, value = line.split(": ", 1)
                    cfg[j] = f"{key}: &region {value}"
                    self.region_anchor = True
        anchor = ""
        if self.anchors and flavor == "kubernetes" and rng.random() < 0.5:
            anchor = " &k8s"
            self.k8s_anchor = True
        lines = component("orchestrator", pick(rng, [flavor.replace("_", "-"), f"{flavor}-{env}",
                                                     f"{team}-{flavor}".replace("_", "-")]),
                          flavor, cfg + ["synchronous: true"] + pad, rng,
                          comment=pick(rng, [None, None, "# runs every scheduled pipeline"]),
                          with_type=self.with_type, with_id=self.with_id)
        if anchor:
            i = lines.index("    configuration:")
            lines[i] = "    configuration:" + anchor
        return lines

    def pad_lines(self):
        """Pod settings for the orchestrator, repeated until the document reaches its size."""
        if self.doc_pad_bytes <= 0:
            return []
        rng = self.rng
        lines = ["pod_settings:", "  node_selectors:", "    cloud.google.com/gke-nodepool: training",
                 "  labels:"]
        size = sum(len(x) + 7 for x in lines)
        n = 0
        while size < self.doc_pad_bytes:
            line = (f"    {pick(rng, PURPOSES)}-{pick(rng, ENVS)}-label-{n}: "
                    f"{pick(rng, TEAMS)}-{rng.randrange(10 ** 6)}")
            lines.append(line)
            size += len(line) + 7
            n += 1
        return lines

    def extras(self):
        rng, team, env = self.rng, self.team, self.env
        out = []
        remote = self.cloud != "local"
        if remote and rng.random() < 0.45:
            if self.cloud == "gcp":
                out.append(component("image_builder", "cloud-build", "gcp",
                                     [f"project: {self.project}"] if rng.random() < 0.5 else [],
                                     rng, with_type=self.with_type, with_id=self.with_id))
            elif self.cloud == "aws":
                out.append(component("image_builder", "codebuild", "aws",
                                     [f"code_build_project: zenml-{env}"], rng,
                                     with_type=self.with_type, with_id=self.with_id))
            else:
                ctx = "*ctx" if getattr(self, "ctx_anchor", False) else f"{team}-{env}-cluster"
                out.append(component("image_builder", "kaniko", "kaniko",
                                     [f"kubernetes_context: {ctx}",
                                      "executor_image: gcr.io/kaniko-project/executor:v1.23.0"],
                                     rng, with_type=self.with_type, with_id=self.with_id))
        elif rng.random() < 0.3:
            out.append(component("image_builder", "local-builder", "local", [], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        if rng.random() < 0.5:
            out.append(component("experiment_tracker", pick(rng, ["mlflow", "mlflow-tracking"]),
                                 "mlflow",
                                 [f"tracking_uri: https://mlflow.{team}.example.com",
                                  "tracking_username: zenml",
                                  "tracking_password: '{{mlflow_secret.password}}'"], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        elif rng.random() < 0.3:
            out.append(component("experiment_tracker", "wandb", "wandb",
                                 [f"entity: {team}", f"project_name: {self.purpose}",
                                  "api_key: '{{wandb.api_key}}'"], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        if remote and self.cloud in ("aws", "gcp") and rng.random() < (0.6 if self.anchors else 0.3):
            if getattr(self, "k8s_anchor", False):
                lines = component("step_operator", "k8s-steps", "kubernetes",
                                  ["<<: *k8s", "pod_startup_timeout: 900"], rng,
                                  with_type=self.with_type, with_id=self.with_id)
            elif self.cloud == "aws":
                lines = component("step_operator", "sagemaker-steps", "sagemaker",
                                  [f"role: arn:aws:iam::{self.account}:role/zenml-steps",
                                   "region: " + ("*region" if getattr(self, "region_anchor", False) else self.region),
                                   f"instance_type: {pick(rng, INSTANCE_TYPES)}"], rng,
                                  with_type=self.with_type, with_id=self.with_id)
            else:
                lines = component("step_operator", "vertex-steps", "vertex",
                                  [f"project: {self.project}",
                                   "region: " + ("*region" if getattr(self, "region_anchor", False) else self.region),
                                   f"machine_type: {pick(rng, MACHINE_TYPES)}"], rng,
                                  with_type=self.with_type, with_id=self.with_id)
            out.append(lines)
        if rng.random() < 0.25:
            out.append(component("alerter", "slack", "slack",
                                 [f"slack_channel_id: C0{rng.randrange(10 ** 8, 10 ** 9)}",
                                  "slack_token: '{{slack.token}}'"], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        if rng.random() < 0.15:
            out.append(component("data_validator", "evidently", "evidently", [], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        if rng.random() < 0.15:
            out.append(component("model_deployer", "mlflow-deployer", "mlflow", [], rng,
                                 with_type=self.with_type, with_id=self.with_id))
        return out

    def render(self, problem):
        rng = self.rng
        self.with_type = rng.random() < 0.3
        self.with_id = rng.random() < 0.2
        self.anchors = rng.random() < 0.5
        name, flavor, config = self.registry()
        if problem:
            name, flavor, config = self.apply_problem(name, flavor, config)
        stack_name = f"{self.team}-{self.purpose}-{self.env}-{self.index}"
        lines = []
        if rng.random() < 0.8:
            lines.append(f"# zenml stack export {stack_name}  (ZenML {self.version})")
        if rng.random() < 0.4:
            lines.append(pick(rng, ALL_COMMENTS))
        lines.append(f"zenml_version: {self.version}")
        lines.append(f"stack_name: {stack_name}")
        if rng.random() < 0.2:
            lines.append(f"stack_id: {uuid(rng)}")
        lines.append("components:")
        blocks = [self.artifact_store(),
                  component("container_registry", name, flavor, config, rng,
                            comment=pick(rng, [None, None, "# images are pushed here by CI"]),
                            with_type=self.with_type, with_id=self.with_id),
                  self.orchestrator()]
        blocks += self.extras()
        for block in blocks:
            lines.extend(block)
        return "\n".join(lines) + "\n"


def make_stack(seed, index, doc_pad_bytes=0):
    rng = random.Random(seed * 1_000_003 + index)
    stack = Stack(rng, index, doc_pad_bytes)
    problem = rng.random() < 0.10
    return stack.render(problem), stack.problem


# ---------------------------------------------------------------------------------------------


def write_corpus(out_dir, n, seed):
    total = 0
    problems = {}
    os.makedirs(out_dir, exist_ok=True)
    manifest = open(os.path.join(out_dir, "problems.tsv"), "w", encoding="utf-8")
    for i in range(n):
        folder = os.path.join(out_dir, f"d{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        text, problem = make_stack(seed, i)
        ext = "yml" if i % 10 == 7 else "yaml"
        path = os.path.join(folder, f"stack-{i:06d}.{ext}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text)
        if problem:
            problems[problem] = problems.get(problem, 0) + 1
            manifest.write(f"{os.path.relpath(path, out_dir)}\t{problem}\n")
    manifest.close()
    nprob = sum(problems.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(problems.items()))
    print(f"wrote {n} files, {total} bytes (avg {total // max(n, 1)} B), "
          f"{nprob} with a problem ({detail}) into {out_dir}")


def write_big(out_dir, mib, seed, doc_kib):
    os.makedirs(out_dir, exist_ok=True)
    suffix = f"-{doc_kib}k" if doc_kib > 1 else ""
    size_tag = f"{mib:g}"
    path = os.path.join(out_dir, f"stacks-{size_tag}MiB{suffix}.yaml")
    limit = int(mib * 1024 * 1024)
    pad = max(0, doc_kib * 1024 - 1100) if doc_kib > 1 else 0
    total = 0
    docs = 0
    problems = 0
    with open(path, "w", encoding="utf-8") as f:
        header = f"# {mib:g} MiB of stack documents, generated by bench/gen_corpus.py (seed {seed})\n"
        f.write(header)
        total += len(header)
        i = 0
        cache = []
        while True:
            # Documents past the first 4096 reuse a rendered one under a new stack name: the
            # same text to parse, generated ten times faster.
            if i < 4096:
                text, problem = make_stack(seed, i, pad)
                cache.append((text, problem))
            else:
                j = i % 4096
                text, problem = cache[j]
                text = text.replace(f"-{j}  (ZenML", f"-{i}  (ZenML", 1).replace(
                    f"-{j}\n", f"-{i}\n", 1)
            chunk = "---\n" + text
            if total + len(chunk) > limit:
                break
            f.write(chunk)
            total += len(chunk)
            docs += 1
            problems += 1 if problem else 0
            i += 1
    print(f"wrote {path}: {total} bytes, {docs} documents, {problems} with a problem")
    return path


def write_flow(out_dir, kib, seed):
    """One stack whose orchestrator holds a large `labels` mapping, all on ONE line (JSON, which
    is YAML flow style): minified JSON committed as .yaml. Probes per-line costs."""
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(seed)
    labels = {}
    size, i = 0, 0
    while size < kib * 1024:
        key, value = f"{pick(rng, PURPOSES)}-label-{i}", f"{pick(rng, TEAMS)}-{rng.randrange(10 ** 6)}"
        labels[key] = value
        size += len(key) + len(value) + 8
        i += 1
    doc = {"zenml_version": "0.74.0", "stack_name": "one-line",
           "components": {
               "artifact_store": {"name": "s3", "flavor": "s3",
                                  "configuration": {"path": "s3://acme-artifacts"}},
               "container_registry": {"name": "ecr", "flavor": "aws", "configuration": {
                   "uri": "715803424592.dkr.ecr.us-east-1.amazonaws.com"}},
               "orchestrator": {"name": "k8s", "flavor": "kubernetes", "configuration": {
                   "kubernetes_context": "eks-prod", "labels": labels}}}}
    path = os.path.join(out_dir, f"one-line-{kib}KiB.yaml")
    text = json.dumps(doc, separators=(",", ":")) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path}: {len(text)} bytes on one line, {len(labels)} labels")
    return path


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("n", nargs="?", type=int, help="number of files (not with --big)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--big", type=float, metavar="MiB",
                        help="write one multi-document file of about MiB MiB instead")
    parser.add_argument("--doc-kib", type=int, default=1,
                        help="with --big: pad each document to about this many KiB")
    parser.add_argument("--flow", type=int, metavar="KiB",
                        help="write one stack of about KiB KiB as single-line JSON instead")
    args = parser.parse_args(argv)
    if args.flow is not None:
        write_flow(args.out_dir, args.flow, args.seed)
    elif args.big is not None:
        if args.big <= 0:
            parser.error("--big needs a positive size")
        write_big(args.out_dir, args.big, args.seed, args.doc_kib)
    else:
        if args.n is None or args.n < 0:
            parser.error("N (the number of files) is required without --big")
        write_corpus(args.out_dir, args.n, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
