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

  function render(credential) {
    if (wsClient) wsClient.dispose();
    var headers = credentialHeaders(credential);
    wsClient = graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: headers });
    var fetcher = GraphiQL.createFetcher({ url: httpUrl, headers: headers, wsClient: wsClient });
    who.textContent = credential
      ? credential.indexOf('kgk_') === 0
        ? 'using an API key'
        : 'using a bearer token'
      : 'no credential: requests answer UNAUTHENTICATED';
    root.render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        defaultQuery:
          '# Paste a token or API key above, then run:\n{\n  me {\n    subject\n    tenantId\n    scopes\n  }\n}\n',
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
