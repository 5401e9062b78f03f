#!/usr/bin/env bash
# Calls the example resource server as alice (org:admin of acme in the demo realm).
# Needs: the demo Keycloak (bin/orgkit-dev, port 8080) and the example
# (java -jar target/orgkit-example-spring-resource-server-0.1.0-SNAPSHOT.jar, port 8090); curl and jq.
# The password grant of orgkit-demo-cli is for scripts and tests only; apps sign in with authorization code + PKCE.
set -euo pipefail
KEYCLOAK=${KEYCLOAK:-http://localhost:8080}
REALM=${REALM:-orgkit-demo}
API=${API:-http://localhost:8090}
USERNAME=${1:-alice}

TOKEN=$(curl -sf "$KEYCLOAK/realms/$REALM/protocol/openid-connect/token" \
  -d grant_type=password -d client_id=orgkit-demo-cli -d "username=$USERNAME" -d "password=$USERNAME" -d scope=openid \
  | jq -r .access_token)

call() { # METHOD PATH [JSON]
  echo "--> $1 $2"
  curl -s -X "$1" "$API$2" -H "Authorization: Bearer $TOKEN" ${3:+-H 'Content-Type: application/json' -d "$3"} \
    -w '\n<-- %{http_code}\n'
}

call GET /api/me
call POST /api/invoices '{"customer":"Wile E. Coyote","amountCents":129900}'
call GET /api/invoices
call GET /api/admin-only
call GET /api/organizations
echo "--> GET /api/invoices without a token"
curl -s "$API/api/invoices" -w '\n<-- %{http_code}\n'
