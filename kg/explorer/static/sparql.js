/* The explorer's /sparql page: YASGUI (vendor/yasgui) against this server's /query.
 *
 * The page gives, on <div id="yasgui">: data-endpoint (the query endpoint, relative to
 * the page), data-query (the first query, its PREFIX lines filled in). Nothing is fetched
 * from elsewhere: the class and property completers (they ask Linked Open Vocabularies)
 * are off, prefixes complete from the list bundled in YASGUI, no short links, and the
 * endpoint list holds this server's endpoint only. */
(function () {
  "use strict";
  var root = document.getElementById("yasgui");
  if (!root || typeof Yasgui === "undefined") {
    return;
  }
  // a page opened as http://user:token@host/sparql has those in its base URL; fetch()
  // refuses a URL holding credentials, and the browser sends the ones it keeps for the
  // site along to same-origin requests by itself
  var url = new URL(root.dataset.endpoint || "query", document.baseURI);
  url.username = "";
  url.password = "";
  var endpoint = url.href;
  var Yasqe = Yasgui.Yasqe;
  Yasqe.defaults.autocompleters = ["variables", "prefixes"];
  Yasqe.defaults.prefixCcApi = null;
  Yasqe.defaults.createShortLink = undefined;
  Yasqe.defaults.value = root.dataset.query || "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
  var yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: [],
    },
    persistenceId: null,
  });
  root.dataset.ready = "true";
  window.newskgYasgui = yasgui;
}());
