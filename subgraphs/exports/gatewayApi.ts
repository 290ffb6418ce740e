// What the exports subgraph offers the gateway: the signed download route and its destinations.
export { DOWNLOAD_PATH } from './download/signedUrl.js';
export { serveDownload } from './download/serveDownload.js';
export { createDestinations } from './destinations/createDestination.js';
