#!/usr/bin/env bash
# Container health check without curl or wget in the image: asks Spring Boot's probe over bash's /dev/tcp.
# Usage: health <port> <liveness|readiness>
set -eu
exec 3<>"/dev/tcp/127.0.0.1/$1"
printf 'GET /actuator/health/%s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
head -c 4096 <&3 | grep -q '"status":"UP"'
