# One image for every stage; the command picks the stage (start | ingest | processor | api | migrate).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY . .
USER node
ENTRYPOINT ["bin/civicpulse"]
CMD ["start"]
