// Extracts every reference input from distribution/reference's test files (run in a checkout of it),
// in order of first use: one JSON array [input, "file:TestFunction"] per line.
const fs = require('fs');
const files = ['reference_test.go', 'normalize_test.go', 'regexp_test.go'];
const expr = String.raw`((?:"(?:[^"\\]|\\.)*"|strings\.Repeat\("(?:[^"\\]|\\.)*",\s*\d+\))(?:\s*\+\s*(?:"(?:[^"\\]|\\.)*"|strings\.Repeat\("(?:[^"\\]|\\.)*",\s*\d+\)))*)`;
function evalExpr(e) {
  let out = '';
  const re = /"((?:[^"\\]|\\.)*)"|strings\.Repeat\("((?:[^"\\]|\\.)*)",\s*(\d+)\)/g;
  let m;
  while ((m = re.exec(e))) out += m[1] !== undefined ? JSON.parse('"' + m[1] + '"') : JSON.parse('"' + m[2] + '"').repeat(+m[3]);
  return out;
}
const seen = new Map();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8').replace(/^\s*\/\/[^\n]*$/gm, '');  // commented-out cases are no vectors
  const funcs = text.split(/\nfunc /).slice(1);
  for (const fn of funcs) {
    const name = fn.match(/^(\w+)/)[1];
    const found = [];
    const add = (s, at) => found.push([at, s]);
    // struct fields that a test parses
    const fieldRe = new RegExp(String.raw`\b(input|Reference|FamiliarName|FullName|AmbiguousName|reference|name)\s*:(?:\s*//[^\n]*\n)?\s*` + expr, 'g');
    let m;
    while ((m = fieldRe.exec(fn))) {
      if (m[1] === 'name' && !/TestWith(Tag|Digest)/.test(name)) continue;  // ParseDockerRef's name is a description
      add(evalExpr(m[2]), m.index);
    }
    // []string{...} lists of names
    const listRe = /(?:valid|invalid)Repo(?:sitory)?Names := \[\]string\{([\s\S]*?)\n\t\}/g;
    while ((m = listRe.exec(fn))) {
      const body = m[1].replace(/(^|\s)\/\/[^\n]*/gm, "$1");
      const itemRe = new RegExp(expr, 'g');
      let i;
      while ((i = itemRe.exec(body))) add(evalExpr(i[1]), m.index + i.index);
    }
    // direct calls and the shortRef variable
    const callRe = new RegExp(String.raw`(?:ParseNormalizedNamed|ParseAnyReference|shortRef :=)\(?\s*` + expr, 'g');
    while ((m = callRe.exec(fn))) add(evalExpr(m[1]), m.index);
    found.sort((a, b) => a[0] - b[0]);
    for (const [, s] of found) if (!seen.has(s)) seen.set(s, `${f}:${name}`);
  }
}
for (const [s, src] of seen) console.log(JSON.stringify([s, src]));
