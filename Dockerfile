# The portal as a container for an intranet: build the static site, then serve it with nginx and
# deploy/nginx.conf (compression, caching, security headers, the 404 page).
#
#   docker build -t sales-playbook \
#     --build-arg SITE_URL=https://handbook.intranet.example/ \
#     --build-arg REPO_URL=https://git.intranet.example/sales/playbook \
#     --build-arg COMPANY_NAME=某某包装有限公司 .
#   docker run -d -p 8080:80 sales-playbook
#
# The image serves the portal at the host's root, so SITE_URL has no path. Build from a full git
# clone (not a shallow one): redirects of renamed pages and "last updated" dates come from git history.

FROM node:20-bookworm AS build
WORKDIR /app
# Dependencies first, so a content edit does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Build arguments are environment variables of the build (src/lib/site-settings.ts lists them all).
ARG SITE_URL=http://localhost:8080/
ARG REPO_URL=
ARG REPO_BRANCH=main
ARG DEPARTMENT_NAME=
ARG SITE_NAME=
ARG COMPANY_NAME=
ARG PUBLIC_PORTAL=false
RUN git config --global --add safe.directory /app && npm run build

FROM nginx:stable
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
