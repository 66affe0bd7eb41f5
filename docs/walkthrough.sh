#!/usr/bin/env bash
# The README walkthrough, runnable: against an API started with `npm start` (or any URL), the first
# admin provisions an office, a data provider and a leader; the office loads the Zhengding seed
# scheme and registers two townships; facts arrive and the live scores move after each one.
#
#   ADMIN_PASSWORD='first admin password' npm start      # in one terminal
#   ADMIN_PASSWORD='first admin password' bash docs/walkthrough.sh
set -euo pipefail
API=${API:-http://127.0.0.1:3000}
ADMIN_PASSWORD=${ADMIN_PASSWORD:?set ADMIN_PASSWORD to the first admin password (printed once in the API log if you did not set it)}
CYCLE=${CYCLE:-zd$(date +%s)}
cd "$(dirname "$0")/.."
LAST=$(mktemp); echo 0 > "$LAST"; trap 'rm -f "$LAST"' EXIT

json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);const p=process.argv[1].split(".").filter(Boolean);let x=v;for(const k of p)x=x?.[k];process.stdout.write(typeof x==="string"?x:JSON.stringify(x))})' "$1"; }
post() { # token path body
  local out status
  out=$(curl -sS -w '\n%{http_code}' -X POST "$API$2" -H "authorization: Bearer $1" -H 'content-type: application/json' -d "$3")
  status=${out##*$'\n'}
  if [ "${status:0:1}" != 2 ]; then echo "POST $2 -> $status ${out%$'\n'*}" >&2; return 1; fi
  printf '%s' "${out%$'\n'*}" | json position > "$LAST.pos" 2>/dev/null && [ -s "$LAST.pos" ] && mv "$LAST.pos" "$LAST"
  printf '%s' "${out%$'\n'*}"
}
login() { curl -sS -X POST "$API/auth/login" -H 'content-type: application/json' -d "$1" | json accessToken; }
scores() { # the category's live scores (the read model), once it reflects the last write
  curl -sS "$API/cycles/$CYCLE/live-scores/townships?minPosition=$(cat "$LAST")" -H "authorization: Bearer $OFFICE" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);for(const u of v.units)console.log(`   ${u.rank}. ${u.name}  ${u.total}  (${u.parts.map(p=>p.label["zh-CN"]+" "+p.shown).join(", ")})  ${u.grade.label["zh-CN"]}`);console.log(`   (read model at position ${v.position})`)})'
}

echo "1. The first admin signs in and provisions the people"
ADMIN=$(login "{\"userId\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}")
for user in \
  '{"userId":"wang.office","name":"王绩效","grants":[{"role":"office"}],"password":"office password 1"}' \
  '{"userId":"li.finance","name":"李财政","grants":[{"role":"data-provider","providerId":"finance-bureau"}],"password":"finance password 1"}' \
  '{"userId":"zhao.leader","name":"赵县长","grants":[{"role":"leader"}],"password":"leader password 1"}'; do
  post "$ADMIN" /users "$user" >/dev/null 2>&1 || true # already there on a second run
done
OFFICE=$(login '{"userId":"wang.office","password":"office password 1"}')
FINANCE=$(login '{"userId":"li.finance","password":"finance password 1"}')
LEADER=$(login '{"userId":"zhao.leader","password":"leader password 1"}')

echo "2. The office opens cycle $CYCLE for 2027 and publishes the Zhengding seed scheme"
post "$OFFICE" /cycles "{\"cycleId\":\"$CYCLE\",\"year\":2027,\"name\":\"2027年度乡镇绩效考评\"}" >/dev/null
SCHEME=$(node -e 'process.stdout.write(JSON.stringify({schemeYaml:require("fs").readFileSync("schemes/s3-zhengding.yaml","utf8")}))')
post "$OFFICE" "/cycles/$CYCLE/scheme" "$SCHEME" >/dev/null
post "$OFFICE" "/cycles/$CYCLE/phases/planning/open" '{"reason":"方案已印发"}' >/dev/null

echo "3. It registers two townships, assigns the revenue indicator to the finance bureau, and a leader"
for unit in 'xinchengpu 新城铺镇' 'nanniu 南牛乡'; do
  set -- $unit
  post "$OFFICE" "/cycles/$CYCLE/units" "{\"unitId\":\"$1\",\"name\":\"$2\",\"level\":\"township\",\"categoryId\":\"townships\"}" >/dev/null
  post "$OFFICE" "/cycles/$CYCLE/units/$1/indicators" '{"indicatorId":"fiscal-revenue","providerId":"finance-bureau","targets":{"mid-year":"2500","year-end":"5000"}}' >/dev/null
done
post "$OFFICE" "/cycles/$CYCLE/raters" '{"raterId":"zhao.leader","raterRole":"county-leader","units":"all"}' >/dev/null
for phase in planning; do post "$OFFICE" "/cycles/$CYCLE/phases/$phase/close" '{"reason":"计划阶段结束","periods":[]}' >/dev/null; done
for phase in monitoring mid-year; do post "$OFFICE" "/cycles/$CYCLE/phases/$phase/open" '{"reason":"按方案进入中期评估"}' >/dev/null; done
echo "   live scores before any fact:"; scores

echo "4. The finance bureau submits mid-year revenue for 新城铺镇 (2400 of 2500)"
post "$FINANCE" "/cycles/$CYCLE/units/xinchengpu/data" '{"indicatorId":"fiscal-revenue","period":"mid-year","value":"2400"}' >/dev/null
scores

echo "5. ... and for 南牛乡 (2600: over target, full marks)"
SUBMISSION=$(post "$FINANCE" "/cycles/$CYCLE/units/nanniu/data" '{"indicatorId":"fiscal-revenue","period":"mid-year","value":"2600"}' | json eventIds.0)
scores

echo "6. The leader rates both townships at mid-year"
post "$LEADER" "/cycles/$CYCLE/units/xinchengpu/ratings" '{"indicatorId":"leaders","period":"mid-year","raterRole":"county-leader","points":"9"}' >/dev/null
post "$LEADER" "/cycles/$CYCLE/units/nanniu/ratings" '{"indicatorId":"leaders","period":"mid-year","raterRole":"county-leader","points":"9.5"}' >/dev/null
scores

echo "7. The finance bureau corrects 南牛乡's value with a reason: a new fact pointing at the old one"
post "$FINANCE" "/cycles/$CYCLE/units/nanniu/data/$SUBMISSION/corrections" '{"value":"2000","reason":"按统计局更正通知修改"}' >/dev/null
scores

echo "8. How did 南牛乡 get its total? (explanation with the events behind each number)"
curl -sS "$API/audit/cycles/$CYCLE/categories/townships/units/nanniu/score?at=now" -H "authorization: Bearer $OFFICE" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(`   total ${v.unit?.total ?? v.total}; ${JSON.stringify(v).length} bytes of explanation, events: ${(JSON.stringify(v).match(/"eventId"|"type":"Data/g)||[]).length} references`)})'
echo "9. Has any record been altered?"
curl -sS "$API/audit/verify?cycleId=$CYCLE" -H "authorization: Bearer $OFFICE" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(`   verify: ok=${v.ok}, ${v.eventsChecked} events checked`)})'
