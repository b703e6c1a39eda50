#!/usr/bin/env bash
# Installs a pinned corpus of real open-source sources from the npm registry (npm pack, no other
# network) for the robustness run (scripts/corpus-run.mjs) and the speed bench (scripts/bench.mjs).
#
#   bash scripts/corpus.sh [sample|full] [dest]     (default: full into .corpus/)
#
# sample: the vendor group (small packages whose code calls analytics SDKs: the rules do real work on
#         them, including minified and UMD builds) and rxjs (TypeScript): enough for CI.
# full:   sample plus the ../shared/bench corpus packages (Blueprint, Effect, three.js): ~1,700 files.
# Each package is unpacked once into dest/<name>; a package already there is kept (delete the folder
# to refresh it). dest/tsconfig.json is generated for the typed run; dest/<set>.list names the
# package folders of the set.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
set_name=${1:-full}
dest=${2:-$here/.corpus}

# name@version:folders inside the tarball to copy (comma-separated)
vendor=(
  react-ga4@3.0.1:src
  @analytics/google-analytics@1.1.0:lib,dist
  @analytics/mixpanel@0.4.0:lib,dist
  @analytics/segment@2.1.0:lib,dist
  @sentry/react@11.12.0:build/esm,build/cjs
  @next/third-parties@16.4.2:dist
  vue-gtag@3.7.1:dist
)
base=(rxjs@7.8.2:src)
large=(@blueprintjs/core@6.20.0:src effect@3.22.4:src three@0.181.0:src)

case $set_name in
  sample) pkgs=("${vendor[@]}" "${base[@]}") ;;
  full) pkgs=("${vendor[@]}" "${base[@]}" "${large[@]}") ;;
  *) echo "usage: corpus.sh [sample|full] [dest]" >&2; exit 2 ;;
esac

mkdir -p "$dest"
: >"$dest/$set_name.list"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for entry in "${pkgs[@]}"; do
  spec=${entry%%:*}
  folders=${entry#*:}
  name=${spec%@*}; name=${name//\//-}; name=${name#@}
  echo "$name" >>"$dest/$set_name.list"
  [[ -d $dest/$name ]] && continue
  (cd "$tmp" && npm pack "$spec" --silent >/dev/null)
  tar xzf "$tmp"/*.tgz -C "$tmp"
  mkdir -p "$dest/$name.partial"
  IFS=, read -ra dirs <<<"$folders"
  # sources only: JS and TS, no declaration files, no source maps
  (cd "$tmp/package" && find "${dirs[@]}" -type f \( -name '*.ts' -o -name '*.tsx' -o -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) \
    ! -name '*.d.ts' ! -name '*.d.mts' ! -name '*.d.cts' -print0 | xargs -0 cp --parents -t "$dest/$name.partial")
  mv "$dest/$name.partial" "$dest/$name"
  rm -rf "${tmp:?}"/*
done
cat >"$dest/tsconfig.json" <<'JSON'
{ "compilerOptions": { "strict": true, "noEmit": true, "jsx": "react-jsx", "allowJs": true, "checkJs": false,
    "target": "es2022", "module": "esnext", "moduleResolution": "bundler", "skipLibCheck": true },
  "include": ["**/*"] }
JSON
echo "$set_name corpus in $dest: $(wc -l <"$dest/$set_name.list") packages"
