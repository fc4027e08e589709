#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, installed from the tarball into an empty folder (no dev tools, no
# checkout), then `npx cartline serve` on a free loopback port with a SQLite file of its own, `npx cartline
# token create`, the API called (a shop created and read back, plainly and through `cartline/client`), and a
# clean stop on SIGTERM. Any step that fails stops the script with exit 1 and the server's output.
# Prints the tarball's size and the installed size. `.ci/run` calls it after the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cartline-pack-XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    NODE_PID="$(grep -m 1 -oE '"pid":[0-9]+' "$WORK/server.log" 2>/dev/null | cut -d: -f2)" || true
    kill -TERM ${NODE_PID:-} "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  echo "pack-check: FAILED: $*" >&2
  if [ -f "$WORK/server.log" ]; then echo "--- server output:" >&2; cat "$WORK/server.log" >&2; fi
  exit 1
}

echo "== npm pack"
# prepack builds dist; the tarball takes what package.json's "files" names.
TARBALL="$WORK/$(npm pack --silent --pack-destination "$WORK" | tail -n 1)"
[ -f "$TARBALL" ] || fail "npm pack made no tarball"
LISTING="$(tar -tzf "$TARBALL")"
for expected in package/dist/src/cli.js package/dist/src/server.js package/dist/src/db/migrations/0001_foundation.js \
  package/dist/src/client/index.js package/dist/src/client/index.d.ts package/README.md; do
  grep -qx "$expected" <<<"$LISTING" || fail "the tarball lacks $expected"
done
if grep -E '^package/(test|bench|dist/test|dist/bench|src|node_modules)/' <<<"$LISTING" >/dev/null; then
  fail "the tarball holds tests, benchmarks or sources: $(grep -E '^package/(test|bench|dist/test|dist/bench|src|node_modules)/' <<<"$LISTING" | head -3)"
fi

echo "== npm install of the tarball into an empty folder"
APP="$WORK/app"
mkdir "$APP"
cd "$APP"
# From the npm cache where it can; better-sqlite3 is compiled here rather than fetched prebuilt from elsewhere.
npm_config_build_from_source=true npm install --prefer-offline --no-audit --no-fund --omit=dev --loglevel=error "$TARBALL" \
  || fail "npm install of the tarball"
[ -x node_modules/.bin/cartline ] || fail "no cartline command in node_modules/.bin"

echo "== npx cartline serve"
export DATABASE_URL="sqlite:$WORK/cartline.db"
PORT=0 HOST=127.0.0.1 LOG_LEVEL=info npx --no cartline serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
URL=""
for _ in $(seq 1 300); do
  URL="$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$WORK/server.log" | head -n 1 | sed 's/^listening on //')" || true
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
  sleep 0.1
done
[ -n "$URL" ] || fail "the server did not say it listens within 30 s"
echo "listening on $URL"

echo "== npx cartline token create --account demo"
TOKEN="$(npx --no cartline token create --account demo 2>/dev/null)" || fail "token create"
[ "${#TOKEN}" -ge 100 ] || fail "the token has ${#TOKEN} characters"

echo "== the API: a shop created and read back"
export URL TOKEN
node --input-type=module -e '
  const { URL: base, TOKEN: token } = process.env;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json" };
  const created = await fetch(`${base}/api/ecommerce/shops`, { method: "POST", headers, body: JSON.stringify({ name: "Packed", url: "packed.example", currency: "EUR" }) });
  if (created.status !== 201) throw new Error(`create answered ${created.status}: ${await created.text()}`);
  const { data: shop } = await created.json();
  const read = await fetch(`${base}/api/ecommerce/shops/${shop.id}`, { headers });
  const body = await read.json();
  if (read.status !== 200 || body.data.name !== "Packed" || body.data.currency_sign !== "€") throw new Error(`read back: ${read.status} ${JSON.stringify(body)}`);
  // The client, as a user imports it from the installed package.
  const { Cartline, CartlineNotFoundError } = await import("cartline/client");
  const client = new Cartline({ token, baseUrl: base });
  const shops = await client.shops.list().toArray();
  if (shops.length !== 1 || shops[0].id !== shop.id) throw new Error(`client list: ${JSON.stringify(shops)}`);
  const missing = await client.shops.get("1").catch((error) => error);
  if (!(missing instanceof CartlineNotFoundError)) throw new Error(`client 404: ${missing}`);
  // The console, served from the installed package.
  const page = await fetch(`${base}/console/`);
  const html = await page.text();
  if (page.status !== 200 || !/^text\/html/.test(page.headers.get("content-type") ?? "") || !html.includes("<div id=\"app\">")) throw new Error(`console: ${page.status} ${html.slice(0, 200)}`);
  console.log(`shop ${shop.id} created, read back, listed through cartline/client`);
' || fail "the API calls"

echo "== SIGTERM"
# To the server itself (the pid its log lines carry): npx runs it as a child and answers a signal of its own
# with 143. npx then exits with the server's code.
NODE_PID="$(grep -m 1 -oE '"pid":[0-9]+' "$WORK/server.log" | cut -d: -f2)"
[ -n "$NODE_PID" ] || fail "no pid in the server's log"
kill -TERM "$NODE_PID"
CODE=0
wait "$SERVER_PID" || CODE=$?
SERVER_PID=""
[ "$CODE" -eq 0 ] || fail "the server exited with $CODE on SIGTERM"
grep -q 'SIGTERM received' "$WORK/server.log" || fail "the server did not log the SIGTERM it got"

echo "== sizes"
echo "tarball: $(du -k "$TARBALL" | cut -f1) KiB; installed cartline: $(du -sk node_modules/cartline | cut -f1) KiB; installed with its dependencies: $(du -sk node_modules | cut -f1) KiB ($(ls node_modules | grep -v '^\.' | wc -l) top-level packages)"
echo "largest installed packages (KiB): $(du -sk node_modules/* node_modules/@*/* 2>/dev/null | sort -rn | head -n 5 | sed 's|node_modules/||' | tr '\t\n' ' ,')"
echo "pack-check: ok"
