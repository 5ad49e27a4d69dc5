#!/usr/bin/env python3
"""End-to-end tests of `stacklint server` through a small LSP client (Python stdlib only).

Usage: lsp_test.py path/to/stacklint [--latency-edits N]
Each test starts a server in a scratch folder, speaks JSON-RPC with Content-Length framing over
its stdio, and checks diagnostics, code actions, hover, positions, config reloads, malformed
input and exit codes. At the end it prints the median latency from didChange to diagnostics.
"""
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

TIMEOUT = 20.0
BROKEN = """zenml_version: 0.74.0
stack_name: ci
components:
  container_registry:
    name: ghcr
    flavor: default
    configuration:
      uri: ghcr.io/acme-ml
  orchestrator:
    name: k8s
    flavor: kubernetes
    configuration: {}
"""


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


class Client:
    """An LSP client on a `stacklint server` process."""

    def __init__(self, binary, cwd, encodings=None, capabilities=None, initialize=True):
        self.proc = subprocess.Popen([binary, "server"], cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.messages = queue.Queue()
        self.pending = []  # read but not yet consumed
        self.next_id = 0
        self.encoding = "utf-16"
        threading.Thread(target=self._read, daemon=True).start()
        if initialize:
            caps = capabilities or {
                "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                "workspace": {"workspaceEdit": {"documentChanges": True}},
            }
            if encodings:
                caps.setdefault("general", {})["positionEncodings"] = encodings
            result = self.request("initialize", {"processId": os.getpid(), "capabilities": caps,
                                                 "rootUri": Path(cwd).as_uri()})["result"]
            self.capabilities = result["capabilities"]
            self.encoding = self.capabilities["positionEncoding"]
            self.notify("initialized", {})

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.decode("ascii").strip()
                if not line:
                    break
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body))

    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, wait=True):
        self.next_id += 1
        request_id = self.next_id
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m) if wait else request_id

    def wait(self, predicate, timeout=TIMEOUT):
        """The first message (read earlier or later) that satisfies `predicate`."""
        for i, message in enumerate(self.pending):
            if predicate(message):
                return self.pending.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("timed out waiting for a message")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError("the server closed its output")
            if predicate(message):
                return message
            self.pending.append(message)

    def diagnostics(self, uri, version=None, timeout=TIMEOUT):
        def match(m):
            return (m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
                    and (version is None or m["params"].get("version") == version))
        return self.wait(match, timeout)["params"]["diagnostics"]

    def drain(self, seconds=0.3):
        """Every message that arrives within `seconds`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                message = self.messages.get(timeout=max(0.0, end - time.monotonic()))
            except queue.Empty:
                break
            if message is not None:
                self.pending.append(message)
        drained, self.pending = self.pending, []
        return drained

    def open(self, path, text, version=1, language="yaml"):
        uri = Path(path).as_uri()
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})
        return uri

    def stop(self):
        response = self.request("shutdown", None)
        assert response["result"] is None, response
        self.notify("exit", None)
        return self.proc.wait(timeout=TIMEOUT)

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    # Positions as the client counts them.
    def character(self, line_text, byte_or_char_index):
        prefix = line_text[:byte_or_char_index]
        if self.encoding == "utf-8":
            return len(prefix.encode("utf-8"))
        if self.encoding == "utf-32":
            return len(prefix)
        return utf16_len(prefix)

    def position(self, text, needle, occurrence=0):
        index = -1
        for _ in range(occurrence + 1):
            index = text.index(needle, index + 1)
        line = text.count("\n", 0, index)
        line_start = text.rfind("\n", 0, index) + 1
        return {"line": line, "character": self.character(text[line_start:], index - line_start)}

    def offset(self, text, position):
        lines = text.split("\n")
        start = sum(len(l) + 1 for l in lines[:position["line"]])
        line = lines[position["line"]] if position["line"] < len(lines) else ""
        count = 0
        for i, ch in enumerate(line):
            if count >= position["character"]:
                return start + i
            count += {"utf-8": len(ch.encode("utf-8")), "utf-32": 1}.get(self.encoding, utf16_len(ch))
        return start + len(line)

    def apply(self, text, edits):
        """Applies TextEdits (back to front) and returns the new text."""
        spans = [(self.offset(text, e["range"]["start"]), self.offset(text, e["range"]["end"]),
                  e["newText"]) for e in edits]
        for begin, end, new in sorted(spans, reverse=True):
            text = text[:begin] + new + text[end:]
        return text


def edits_of(action, uri):
    edit = action["edit"]
    if "documentChanges" in edit:
        return [e for change in edit["documentChanges"] if change["textDocument"]["uri"] == uri
                for e in change["edits"]]
    return edit["changes"][uri]


def codes(diagnostics):
    return sorted(d["code"] for d in diagnostics)


class Tests:
    def __init__(self, binary):
        self.binary = binary
        self.clients = []

    def client(self, cwd, **kwargs):
        c = Client(self.binary, cwd, **kwargs)
        self.clients.append(c)
        return c

    def scratch(self):
        return Path(tempfile.mkdtemp(prefix="stacklint-lsp-"))

    # --- the tests -------------------------------------------------------------------------

    def test_initialize(self, tmp):
        c = self.client(tmp)
        caps = c.capabilities
        assert caps["positionEncoding"] == "utf-16", caps
        assert caps["textDocumentSync"]["change"] == 2 and caps["textDocumentSync"]["openClose"]
        assert set(caps["codeActionProvider"]["codeActionKinds"]) == {"quickfix", "source.fixAll.stacklint"}
        assert caps["hoverProvider"] is True
        again = c.request("initialize", {"capabilities": {}})
        assert again["error"]["code"] == -32600, again
        assert c.stop() == 0
        # A client that can watch files is asked to watch the config files.
        c = self.client(tmp, capabilities={"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}})
        register = c.wait(lambda m: m.get("method") == "client/registerCapability")
        registration = register["params"]["registrations"][0]
        assert registration["method"] == "workspace/didChangeWatchedFiles", register
        assert registration["registerOptions"]["watchers"] == [{"globPattern": "**/.stacklint.{yaml,yml}"}]
        c.send({"jsonrpc": "2.0", "id": register["id"], "result": None})  # our reply is ignored
        assert c.stop() == 0

    def test_cr104_quickfix_clears(self, tmp):
        c = self.client(tmp)
        text = BROKEN
        uri = c.open(tmp / "stack.yaml", text)
        diags = c.diagnostics(uri, 1)
        assert codes(diags) == ["CR104"], diags
        d = diags[0]
        start = c.position(text, "default")
        assert d["range"] == {"start": start, "end": {"line": start["line"], "character": start["character"] + 7}}, d
        assert (d["range"]["start"]["line"], d["range"]["start"]["character"]) == (5, 12)
        assert d["severity"] == 2 and d["source"] == "stacklint", d
        assert d["codeDescription"]["href"].endswith("/CR104.md"), d
        assert "github" in d["message"], d
        actions = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": d["range"],
            "context": {"diagnostics": [d], "only": ["quickfix"]}})["result"]
        fixes = [a for a in actions if a.get("isPreferred")]
        assert len(fixes) == 1 and fixes[0]["kind"] == "quickfix", actions
        assert "github" in fixes[0]["title"] and fixes[0]["diagnostics"][0]["code"] == "CR104", fixes
        assert all(a["kind"] == "quickfix" for a in actions), actions  # `only` honoured
        edits = edits_of(fixes[0], uri)
        assert fixes[0]["edit"]["documentChanges"][0]["textDocument"]["version"] == 1
        fixed = c.apply(text, edits)
        assert "flavor: github" in fixed, fixed
        # Send the quick fix back as an incremental change, as an editor does.
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"range": e["range"], "text": e["newText"]} for e in edits]})
        assert c.diagnostics(uri, 2) == [], "diagnostics should clear after the fix"
        c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        assert c.diagnostics(uri) == []
        assert c.stop() == 0

    def test_ignore_quickfix(self, tmp):
        c = self.client(tmp)
        uri = c.open(tmp / "stack.yaml", BROKEN)
        d = c.diagnostics(uri, 1)[0]
        actions = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": {"start": d["range"]["start"], "end": d["range"]["start"]},
            "context": {"diagnostics": []}})["result"]
        ignore = [a for a in actions if "ignore" in a["title"]]
        assert len(ignore) == 1 and not ignore[0].get("isPreferred"), actions
        fixed = c.apply(BROKEN, edits_of(ignore[0], uri))
        assert "    # stacklint: ignore[CR104] reason\n    flavor: default\n" in fixed, fixed
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"text": fixed}]})
        assert c.diagnostics(uri, 2) == []
        assert c.stop() == 0

    def test_fix_all_and_hover(self, tmp):
        c = self.client(tmp)
        text = BROKEN.replace("uri: ghcr.io/acme-ml", "uri: https://ghcr.io/acme-ml/")
        uri = c.open(tmp / "stack.yaml", text)
        assert codes(c.diagnostics(uri, 1)) == ["CR104", "CR106", "CR107"]
        actions = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": [], "only": ["source.fixAll"]}})["result"]
        assert [a["kind"] for a in actions] == ["source.fixAll.stacklint"], actions
        fixed = c.apply(text, edits_of(actions[0], uri))
        assert fixed == BROKEN.replace("flavor: default", "flavor: github"), fixed
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                            "contentChanges": [{"text": fixed}]})
        assert c.diagnostics(uri, 2) == []
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                            "contentChanges": [{"text": BROKEN}]})
        assert codes(c.diagnostics(uri, 3)) == ["CR104"]
        pos = c.position(BROKEN, "default")
        pos["character"] += 3
        hover = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": pos})["result"]
        value = hover["contents"]["value"]
        assert hover["contents"]["kind"] == "markdown", hover
        assert "CR104" in value and "Use instead" in value and "```yaml" in value, value
        assert "flavor: github" in value or "flavor: gcp" in value, value  # the good example
        nothing = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}})
        assert nothing["result"] is None, nothing
        assert c.stop() == 0

    def test_utf16_wide_character(self, tmp):
        text = BROKEN.replace("    name: ghcr\n    flavor: default\n",
                              '    {name: "r\U0001F600\u00e9", flavor: default}\n').replace(
            "  container_registry:\n", "  container_registry:\n")
        text = text.replace('    {name: "r\U0001F600\u00e9", flavor: default}\n    configuration:\n      uri: ghcr.io/acme-ml\n',
                            '    {name: "r\U0001F600\u00e9", flavor: default, configuration: {uri: ghcr.io/acme-ml}}\n')
        for encodings, expected in ((None, "utf-16"), (["utf-8", "utf-16"], "utf-8"), (["utf-32"], "utf-32")):
            c = self.client(tmp, encodings=encodings)
            assert c.encoding == expected, (c.encoding, expected)
            uri = c.open(tmp / "wide.yaml", text)
            diags = c.diagnostics(uri, 1)
            assert codes(diags) == ["CR104"], diags
            line = text.split("\n")[4]
            col = line.index("default")
            want = {"utf-16": utf16_len(line[:col]), "utf-8": len(line[:col].encode()), "utf-32": col}[expected]
            assert diags[0]["range"]["start"] == {"line": 4, "character": want}, (expected, diags, want)
            assert diags[0]["range"]["end"]["character"] - want == 7
            if expected == "utf-16":
                assert want == col + 1  # the emoji is two UTF-16 code units
            # An incremental edit placed after the wide characters lands where the client means it.
            start = c.position(text, "default")
            c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
                {"range": {"start": start, "end": {"line": start["line"], "character": start["character"] + 7}},
                 "text": "github"}]})
            assert c.diagnostics(uri, 2) == []
            assert c.stop() == 0

    def test_incremental_edits(self, tmp):
        c = self.client(tmp)
        clean = BROKEN.replace("flavor: default", "flavor: github")
        uri = c.open(tmp / "stack.yaml", clean)
        assert c.diagnostics(uri, 1) == []
        pos = c.position(clean, "github")
        # Two changes in one notification, the second relative to the first's result.
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": pos, "end": {"line": pos["line"], "character": pos["character"] + 6}}, "text": "defaul"},
            {"range": {"start": {"line": pos["line"], "character": pos["character"] + 6},
                       "end": {"line": pos["line"], "character": pos["character"] + 6}}, "text": "t"}]})
        diags = c.diagnostics(uri, 2)
        assert codes(diags) == ["CR104"] and diags[0]["range"]["start"] == pos, diags
        # Insert a line above: the finding moves down one line.
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "# note\n"}]})
        diags = c.diagnostics(uri, 3)
        assert diags[0]["range"]["start"] == {"line": pos["line"] + 1, "character": pos["character"]}, diags
        # Delete across lines, then a range past the end of the document (clamped to the end).
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 4}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 1, "character": 0}}, "text": ""},
            {"range": {"start": {"line": 999, "character": 0}, "end": {"line": 999, "character": 5}}, "text": "# end\n"}]})
        diags = c.diagnostics(uri, 4)
        assert diags[0]["range"]["start"] == pos, diags
        # Rapid changes are coalesced: far fewer lints than changes, the last version published.
        messages = []
        for version in range(5, 45):
            flavor = "default" if version % 2 else "github"
            messages.append({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"text": clean.replace("flavor: github", "flavor: " + flavor)}]}})
        c.send_raw(b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(b), b)
                            for b in (json.dumps(m).encode() for m in messages)))
        assert codes(c.diagnostics(uri, 44)) == []
        published = [m for m in c.drain(0.5) if m.get("method") == "textDocument/publishDiagnostics"]
        print("  40 rapid changes in one burst: %d diagnostics published besides the last version's" % len(published))
        assert len(published) < 20, len(published)
        assert c.stop() == 0

    def test_config_change_relints(self, tmp):
        (tmp / "stacks").mkdir()
        c = self.client(tmp)
        uri = c.open(tmp / "stacks" / "stack.yaml", BROKEN)
        assert codes(c.diagnostics(uri, 1)) == ["CR104"]
        config = tmp / ".stacklint.yaml"
        config.write_text("severity: {CR104: error}\n")
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 1}]})
        diags = c.diagnostics(uri, 1)
        assert codes(diags) == ["CR104"] and diags[0]["severity"] == 1, diags
        # The config closest to the file wins over the one above it.
        (tmp / "stacks" / ".stacklint.yml").write_text("ignore: [CR104]\n")
        c.notify("workspace/didChangeConfiguration", {"settings": {}})
        assert c.diagnostics(uri, 1) == []
        (tmp / "stacks" / ".stacklint.yml").unlink()
        # A broken config is reported and the defaults are used.
        config.write_text("selectt: [CR]\n")
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
        shown = c.wait(lambda m: m.get("method") == "window/showMessage")
        assert "selectt" in shown["params"]["message"] and shown["params"]["type"] == 1, shown
        diags = c.diagnostics(uri, 1)
        assert codes(diags) == ["CR104"] and diags[0]["severity"] == 2, diags
        # per-file-ignores and exclude are read relative to the config.
        config.write_text('per-file-ignores: {"stacks/*.yaml": [CR104]}\n')
        c.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
        assert c.diagnostics(uri, 1) == []
        # A config edited and saved in the editor itself re-lints too.
        config.write_text("exclude: [stacks/]\n")
        c.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
        assert c.diagnostics(uri, 1) == []
        config.write_text("select: [CR1]\n")
        c.notify("textDocument/didSave", {"textDocument": {"uri": config.as_uri()}})
        assert codes(c.diagnostics(uri, 1)) == ["CR104"]
        assert c.stop() == 0

    def test_kinds_of_documents(self, tmp):
        c = self.client(tmp)
        k8s = c.open(tmp / "deploy.yaml", "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n")
        assert c.diagnostics(k8s, 1) == []
        helm = c.open(tmp / "templates.yaml", "{{- if .Values.x }}\na: [\n")
        assert c.diagnostics(helm, 1) == []  # broken YAML that is no stack: no noise
        text = c.open(tmp / "notes.txt", BROKEN, language="plaintext")
        assert c.diagnostics(text, 1) == []
        mlstacks = c.open(tmp / "ml.yaml", "spec_version: 1\nspec_type: stack\nname: s\nprovider: oracle\ncomponents: []\n")
        assert codes(c.diagnostics(mlstacks, 1)) == ["MS401"]
        broken = c.open(tmp / "broken.yaml", "stack_name: s\ncomponents: [\n")
        assert codes(c.diagnostics(broken, 1)) == ["SL001"]
        untitled = "untitled:Untitled-1"
        c.notify("textDocument/didOpen", {"textDocument": {"uri": untitled, "languageId": "yaml", "version": 1, "text": BROKEN}})
        assert codes(c.diagnostics(untitled, 1)) == ["CR104"]
        assert c.stop() == 0

    def test_secrets_never_shown(self, tmp):
        c = self.client(tmp)
        secret = "hunter2-very-secret"
        text = BROKEN.replace("uri: ghcr.io/acme-ml", "uri: https://bot:%s@ghcr.io/acme-ml\n      password: %s" % (secret, secret))
        uri = c.open(tmp / "stack.yaml", text)
        diags = c.diagnostics(uri, 1)
        assert "SEC301" in codes(diags), diags
        assert secret not in json.dumps(diags), diags
        for d in diags:
            actions = c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d]}})
            hover = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": d["range"]["start"]})
            for a in actions["result"]:
                assert secret not in a["title"] and secret not in json.dumps(a["diagnostics"] if "diagnostics" in a else []), a
            assert secret not in json.dumps(hover), hover
        assert c.stop() == 0

    def test_malformed_messages(self, tmp):
        c = self.client(tmp)
        def error_for(raw):
            c.send_raw(raw)
            return c.wait(lambda m: "error" in m and m.get("id") is None)["error"]["code"]
        assert error_for(b"Content-Length: 9\r\n\r\n{not json") == -32700
        assert error_for(b"Content-Length: 5\r\n\r\n[1,2]") == -32600
        assert error_for(b"Content-Length: 2\r\n\r\n42") == -32600
        assert error_for(b"Content-Type: x\r\n\r\n") == -32700  # no Content-Length
        assert error_for(b"Content-Length: abc\r\n\r\n") == -32700
        body = b'{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}'
        assert error_for(b"Content-Length: %d\r\n\r\n%s" % (len(body), body)) == -32600
        body = b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}\xff'
        assert error_for(b"Content-Length: %d\r\n\r\n%s" % (len(body), body)) == -32700  # not UTF-8
        assert c.request("no/such/method", {})["error"]["code"] == -32601
        assert c.request("$/something", {})["error"]["code"] == -32601
        c.notify("no/such/notification", {})  # ignored, as LSP says
        c.notify("textDocument/didOpen", {"textDocument": 5})  # bad params in a notification: logged
        logged = c.wait(lambda m: m.get("method") == "window/logMessage")
        assert "didOpen" in logged["params"]["message"], logged
        c.notify("textDocument/didChange", {"textDocument": {"uri": "file:///never/opened.yaml", "version": 2}, "contentChanges": [{"text": "a"}]})
        bad = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.yaml"}, "position": {"line": "one", "character": 0}})
        assert bad["error"]["code"] == -32602, bad
        for line in (1.5, 1e30, 10**30, None):  # floats and huge numbers are no positions
            bad = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.yaml"}, "position": {"line": line, "character": 0}})
            assert bad["error"]["code"] == -32602, bad
        bad = c.request("textDocument/codeAction", {"textDocument": {"uri": "file:///x.yaml"}})
        assert bad["error"]["code"] == -32602, bad
        bad = c.request("textDocument/hover", [1, 2])
        assert bad["error"]["code"] == -32602, bad
        unknown = c.request("textDocument/hover", {"textDocument": {"uri": "file:///x.yaml"}, "position": {"line": 0, "character": 0}})
        assert unknown["result"] is None, unknown
        unknown = c.request("textDocument/codeAction", {"textDocument": {"uri": "file:///x.yaml"}, "range": {
            "start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}})
        assert unknown["result"] == [], unknown
        # Positions out of range are clamped, not errors.
        uri = c.open(tmp / "stack.yaml", BROKEN)
        c.diagnostics(uri, 1)
        far = c.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 10**9, "character": -5}})
        assert "result" in far, far
        # Still serving after all that.
        assert c.request("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": {
            "start": {"line": 5, "character": 12}, "end": {"line": 5, "character": 12}}, "context": {"diagnostics": []}})["result"]
        assert c.stop() == 0

    def test_random_messages(self, tmp):
        """Methods with params of random shapes: every request is answered, the server lives."""
        import random
        rng = random.Random(15)
        c = self.client(tmp)
        uri = c.open(tmp / "stack.yaml", BROKEN)
        c.diagnostics(uri, 1)
        methods = ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose",
                   "textDocument/didSave", "textDocument/hover", "textDocument/codeAction",
                   "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration",
                   "$/cancelRequest", "initialized"]
        def value(depth=0):
            kind = rng.randrange(9 if depth < 3 else 5)
            if kind == 0: return None
            if kind == 1: return rng.choice([0, -1, 1, 2**63, 10**30, 1.5, True])
            if kind == 2: return rng.choice(["", uri, "file:///nope.yaml", "\u00e9\U0001F600", "x" * 1000])
            if kind == 3: return rng.randrange(-3, 50)
            if kind == 4: return {"line": rng.randrange(-2, 30), "character": rng.randrange(-2, 80)}
            if kind == 5: return [value(depth + 1) for _ in range(rng.randrange(4))]
            keys = ["textDocument", "uri", "version", "text", "range", "start", "end", "position",
                    "contentChanges", "changes", "context", "only", "diagnostics", "id", "languageId"]
            return {rng.choice(keys): value(depth + 1) for _ in range(rng.randrange(1, 5))}
        def params():
            p = {"textDocument": {"uri": uri, "version": rng.randrange(100), "text": BROKEN[:rng.randrange(len(BROKEN))]},
                 "position": value(), "range": {"start": value(), "end": value()},
                 "contentChanges": [{"range": {"start": value(), "end": value()}, "text": "x"}, {"text": BROKEN}][:rng.randrange(3)],
                 "context": {"only": rng.choice([None, ["quickfix"], ["source"], [5]])}}
            for key in list(p):
                if rng.random() < 0.3: p[key] = value()
            return p if rng.random() < 0.9 else value()
        ids = []
        for _ in range(400):
            method = rng.choice(methods)
            if method in ("textDocument/hover", "textDocument/codeAction"):
                ids.append(c.request(method, params(), wait=False))
            else:
                c.notify(method, params())
        for request_id in ids:
            response = c.wait(lambda m: m.get("id") == request_id and "method" not in m)
            assert "result" in response or response["error"]["code"] in (-32602, -32800), response
        assert c.stop() == 0

    def test_lifecycle_and_exit_codes(self, tmp):
        c = self.client(tmp, initialize=False)
        assert c.request("textDocument/hover", {})["error"]["code"] == -32002
        c.notify("exit", None)
        assert c.proc.wait(timeout=TIMEOUT) == 1, "exit without shutdown is code 1"
        c = self.client(tmp)
        assert c.request("shutdown", None)["result"] is None
        assert c.request("textDocument/hover", {})["error"]["code"] == -32600  # after shutdown
        c.notify("exit", None)
        assert c.proc.wait(timeout=TIMEOUT) == 0
        c = self.client(tmp)
        c.proc.stdin.close()  # the editor went away
        assert c.proc.wait(timeout=TIMEOUT) == 1
        c = self.client(tmp)
        c.request("shutdown", None)
        c.proc.stdin.close()
        assert c.proc.wait(timeout=TIMEOUT) == 0

    def test_resource_bounds(self, tmp):
        c = self.client(tmp)
        bomb = "stack_name: s\ncomponents:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for i in range(1, 9):
            bomb += "  %s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n" % (
                chr(97 + i), chr(97 + i), *([chr(96 + i)] * 10))
        uri = c.open(tmp / "bomb.yaml", bomb)
        assert codes(c.diagnostics(uri, 1)) == ["SL007"]
        big = "stack_name: s\ncomponents: {}\n" + "# padding\n" * (11 * 1024 * 1024 // 10)
        uri = c.open(tmp / "big.yaml", big)
        assert codes(c.diagnostics(uri, 1)) == ["SL007"]
        assert c.stop() == 0

    def test_latency(self, tmp, edits=50):
        """Median time from a didChange to its diagnostics, one edit at a time (printed, not
        asserted: speed is never a unit test's verdict)."""
        c = self.client(tmp)
        cases = (("a 12-line stack", 1, 0.0), ("a 200-document file", 200, 0.0),
                 ("a 200-document file, typing pace (150 ms apart)", 200, 0.15))
        for number, (name, documents, pause) in enumerate(cases):
            text = "---\n".join([BROKEN] * documents)
            uri = c.open(tmp / ("stack%d.yaml" % number), text)
            assert len(c.diagnostics(uri, 1)) == documents
            times = []
            for version in range(2, edits + 2):
                time.sleep(pause)
                flavor = "default" if version % 2 else "github"
                start = time.perf_counter()
                c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [
                    {"text": text.replace("flavor: default", "flavor: " + flavor, 1)}]})
                diags = c.diagnostics(uri, version)
                times.append(time.perf_counter() - start)
                assert len(diags) == documents - (flavor == "github"), diags
            times.sort()
            print("latency didChange -> publishDiagnostics, %s (%d bytes), %d edits: median %.1f ms, "
                  "p90 %.1f ms, min %.1f ms, max %.1f ms"
                  % (name, len(text.encode()), edits, statistics.median(times) * 1e3,
                     times[int(len(times) * 0.9)] * 1e3, times[0] * 1e3, times[-1] * 1e3))
        assert c.stop() == 0


def main():
    binary = os.path.abspath(sys.argv[1])
    tests = Tests(binary)
    names = [n for n in sorted(dir(tests)) if n.startswith("test_")]
    if len(sys.argv) > 2:
        names = [n for n in names if any(arg in n for arg in sys.argv[2:])]
    failed = 0
    for name in names:
        tmp = tests.scratch()
        try:
            getattr(tests, name)(tmp)
            print("ok   " + name)
        except Exception:  # report every failing test, not only the first
            failed += 1
            print("FAIL " + name)
            traceback.print_exc()
            for c in tests.clients:
                if c.proc.poll() is None:
                    c.kill()
                err = c.proc.stderr.read().decode(errors="replace")
                if err:
                    print("  server stderr: " + err)
        finally:
            for c in tests.clients:
                c.kill()
            tests.clients = []
            shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed or not names else 0


if __name__ == "__main__":
    sys.exit(main())
