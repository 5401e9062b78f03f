#!/usr/bin/env bash
# Calls the example resource server as a demo user (default alice, org:admin of acme).
# Needs: Keycloak with the demo realm (bin/orgkit-dev, port 8080), the example
# (java -jar target/orgkit-example-spring-resource-server-0.2.0-SNAPSHOT.jar, port 8090), and curl.
# The password grant of orgkit-demo-cli is for scripts and tests only; apps sign in with authorization code + PKCE.
set -euo pipefail
KEYCLOAK=${KEYCLOAK:-http://localhost:8080}
REALM=${REALM:-orgkit-demo}
API=${API:-http://localhost:8090}
USERNAME=${1:-alice}

RESPONSE=$(curl -sf "$KEYCLOAK/realms/$REALM/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=orgkit-demo-cli -d "username=$USERNAME" -d "password=$USERNAME" -d scope=openid)
TOKEN=$(printf '%s' "$RESPONSE" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
if [ -z "$TOKEN" ]; then echo "no access token from $KEYCLOAK/realms/$REALM" >&2; exit 1; fi

call() { # METHOD PATH [JSON body]
  local args=(-s -X "$1" "$API$2" -H "Authorization: Bearer $TOKEN" -w '\n<-- %{http_code}\n')
  if [ $# -ge 3 ]; then args+=(-H 'Content-Type: application/json' -d "$3"); fi
  echo "--> $1 $2"
  curl "${args[@]}"
}

call GET /api/me
call POST /api/invoices '{"customer":"Wile E. Coyote","amountCents":129900}'
call GET /api/invoices
call GET /api/admin-only
call GET /api/organizations
call GET /api/me/active-organization
call PUT /api/me/active-organization '{"organization":"acme"}'
call GET /api/me/invitations
call GET /api/org/members
call GET /api/org/invitations
call GET /api/org/audit-log
echo "--> GET /api/invoices without a token"
curl -s "$API/api/invoices" -w '\n<-- %{http_code}\n'
