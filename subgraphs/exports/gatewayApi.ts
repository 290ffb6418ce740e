// What the exports subgraph offers the gateway: the signed download route and its destinations.
export { DOWNLOAD_PATH } from './download/signedUrl.js';
export { serveDownload } from './download/serveDownload.js';
// The S3 SDK loads on the first S3 download, not with the gateway (download/downloadDestinations.ts).
export { createDownloadDestinations as createDestinations } from './download/downloadDestinations.js';
