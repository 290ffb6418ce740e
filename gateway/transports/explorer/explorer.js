// GraphiQL against this gateway. The credential (a JWT or an API key) stays in this tab's
// sessionStorage and goes out exactly as a client sends it: Authorization or x-api-key over
// HTTP, and in the graphql-ws connection_init for subscriptions.
(function () {
  'use strict';
  var STORAGE = 'kg-explorer-credential';
  var httpUrl = location.origin + '/graphql';
  var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
  var input = document.getElementById('credential');
  var who = document.getElementById('who');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  var wsClient = null;

  function credentialHeaders(credential) {
    if (!credential) return {};
    return credential.indexOf('kgk_') === 0
      ? { 'x-api-key': credential }
      : { authorization: 'Bearer ' + credential };
  }

  // The operation that runs is a subscription: the named one, or the document's only one.
  function isSubscription(params) {
    var text = String(params.query || '').replace(/#[^\n]*/g, '');
    if (params.operationName) {
      return new RegExp('\\bsubscription\\s+' + params.operationName + '\\b').test(text);
    }
    return /^\s*subscription\b/.test(text);
  }

  // Queries and mutations over HTTP, subscriptions over graphql-ws: as the partner client does.
  function createFetcher(headers) {
    return function (params, options) {
      if (isSubscription(params)) return wsClient.iterate(params);
      return fetch(httpUrl, {
        method: 'POST',
        headers: Object.assign(
          {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
          },
          (options && options.headers) || {},
          headers,
        ),
        body: JSON.stringify(params),
      }).then(function (response) {
        return response.json();
      });
    };
  }

  function render(credential) {
    if (wsClient) wsClient.dispose();
    if (!credential) {
      who.textContent = 'paste a JWT or an API key to start';
      return;
    }
    var headers = credentialHeaders(credential);
    wsClient = graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: headers });
    who.textContent = credential.indexOf('kgk_') === 0 ? 'using an API key' : 'using a bearer token';
    root.render(
      React.createElement(GraphiQL, {
        fetcher: createFetcher(headers),
        defaultQuery: '{\n  me {\n    subject\n    tenantId\n    scopes\n  }\n}\n',
        shouldPersistHeaders: false,
      }),
    );
  }

  document.getElementById('credentials').addEventListener('submit', function (event) {
    event.preventDefault();
    var credential = input.value.trim();
    sessionStorage.setItem(STORAGE, credential);
    render(credential);
  });
  var saved = sessionStorage.getItem(STORAGE) || '';
  input.value = saved;
  render(saved);
})();
