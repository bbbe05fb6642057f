// ProfileMiner search page: plain JavaScript, no build step.
(function () {
  "use strict";
  var FACETS = ["council", "theme", "kind", "year"];
  var $ = function (id) { return document.getElementById(id); };

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // The snippet marks matched words with **...**; show them as <mark>.
  function snippetHtml(snippet) {
    return escapeHtml(snippet).split("**").map(function (part, i) {
      return i % 2 === 1 ? "<mark>" + part + "</mark>" : part;
    }).join("");
  }

  // A passage's text with the [start, end) ranges the query matched as <mark>.
  function markedHtml(text, marks) {
    var html = "", at = 0;
    (marks || []).forEach(function (m) {
      if (m[0] < at) { return; }
      html += escapeHtml(text.slice(at, m[0])) + "<mark>" + escapeHtml(text.slice(m[0], m[1])) + "</mark>";
      at = m[1];
    });
    return html + escapeHtml(text.slice(at));
  }

  function where(item) {
    if (item.page !== null && item.page !== undefined) { return item.doc + " p." + item.page; }
    if (item.line !== null && item.line !== undefined) { return item.doc + " line " + item.line; }
    return item.doc;
  }

  // The document a hit comes from, opened at the hit's page for a PDF.
  function sourceHref(item) {
    return "api/source?key=" + encodeURIComponent(item.key) + (item.page ? "#page=" + item.page : "");
  }

  function placeHtml(item) {
    var label = item.page ? "PDF p." + item.page : where(item);
    return item.path ? '<a class="source-link" href="' + sourceHref(item) + '" target="_blank" rel="noopener" title="' + escapeHtml(item.doc) + '">' + escapeHtml(label) + "</a>" : escapeHtml(label);
  }

  // The document's title and period (once, when the title already says it).
  function documentLine(item) {
    var period = item.period && (item.title || "").indexOf(item.period) < 0 ? item.period : null;
    return [item.title, period].filter(function (t) { return t; }).map(escapeHtml).join(" · ");
  }

  function readState() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get("q") || "", filters: {} };
    FACETS.forEach(function (f) { state.filters[f] = params.getAll(f); });
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    FACETS.forEach(function (f) { state.filters[f].forEach(function (v) { params.append(f, v); }); });
    var url = location.pathname + (params.toString() ? "?" + params.toString() : "");
    history.pushState(null, "", url);
  }

  function hasFilters(state) {
    return FACETS.some(function (f) { return state.filters[f].length > 0; });
  }

  function search(state) {
    $("error").hidden = true;
    showResults();
    if (!state.q && !hasFilters(state)) {
      $("summary").textContent = "";
      $("hits").innerHTML = "";
      $("facets").innerHTML = "";
      return Promise.resolve();
    }
    var params = new URLSearchParams();
    params.set("q", state.q);
    params.set("top", "20");
    FACETS.forEach(function (f) { state.filters[f].forEach(function (v) { params.append(f, v); }); });
    $("summary").textContent = "Searching…";
    return fetch("api/search?" + params.toString())
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) {
          $("error").textContent = answer.body.error;
          $("error").hidden = false;
          $("summary").textContent = "";
          $("hits").innerHTML = "";
          return;
        }
        render(answer.body, state);
      })
      .catch(function (e) {
        $("error").textContent = "The search server did not answer (" + e.message + ").";
        $("error").hidden = false;
      });
  }

  function render(result, state) {
    var summary = result.total + (result.total === 1 ? " hit" : " hits");
    if (result.passages !== result.total) { summary += " (" + result.passages + " passages; the same text in several documents is shown once)"; }
    if (result.words && result.words.length > 1) {
      summary += result.relaxed
        ? ". Too few passages have all of " + result.words.join(", ") + ": each hit has at least " + result.required_words + " of them"
        : ". Each hit has all of " + result.words.join(", ");
    }
    $("summary").textContent = summary;
    $("hits").innerHTML = result.hits.map(function (hit) {
      var also = hit.also_in.length ? '<div class="also">Also in: ' + hit.also_in.map(function (a) { return escapeHtml(where(a)); }).join("; ") + "</div>" : "";
      var themes = hit.themes.length ? " · themes: " + escapeHtml(hit.themes.join(", ")) : "";
      var doc = documentLine(hit);
      return '<li class="hit">' +
        '<div class="meta"><strong>' + escapeHtml(hit.council || "(no council)") + "</strong>" + (doc ? " · " + doc : "") + " · " + placeHtml(hit) +
        (hit.kind ? " · " + escapeHtml(hit.kind) : "") + themes + "</div>" +
        (hit.heading ? '<div class="section">' + escapeHtml(hit.heading) + "</div>" : "") +
        '<p class="snippet">' + snippetHtml(hit.snippet) + "</p>" +
        '<a class="context-link" href="#passage=' + encodeURIComponent(hit.key) + "&q=" + encodeURIComponent(state.q) + '">Read in context</a>' + also +
        "</li>";
    }).join("");
    $("facets").innerHTML = FACETS.map(function (facet) {
      var counts = result.facets[facet] || {};
      var values = Object.keys(counts);
      state.filters[facet].forEach(function (v) { if (values.indexOf(v) < 0) { values.unshift(v); } });
      if (!values.length) { return ""; }
      return '<div class="facet"><h2>' + facet + "</h2><ul>" + values.map(function (value) {
        var pressed = state.filters[facet].indexOf(value) >= 0;
        return '<li><button type="button" data-facet="' + facet + '" data-value="' + escapeHtml(value) + '" aria-pressed="' + pressed + '">' +
          "<span>" + escapeHtml(value) + '</span><span class="count">' + (counts[value] || 0) + "</span></button></li>";
      }).join("") + "</ul></div>";
    }).join("");
  }

  function showResults() {
    $("context").hidden = true;
    document.querySelector(".layout").hidden = false;
    $("search-form").hidden = false;
  }

  function showContext(key, q) {
    fetch("api/passage?key=" + encodeURIComponent(key) + (q ? "&q=" + encodeURIComponent(q) : ""))
      .then(function (response) { return response.json().then(function (body) { return { ok: response.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { $("error").textContent = answer.body.error; $("error").hidden = false; return; }
        var p = answer.body.passage;
        $("context-title").textContent = p.title || p.doc;
        var doc = documentLine({ title: null, period: p.period && (p.title || "").indexOf(p.period) < 0 ? p.period : null });
        $("context-meta").innerHTML = "<strong>" + escapeHtml(p.council || "(no council)") + "</strong>" + (doc ? " · " + doc : "") + " · " + placeHtml(p) +
          (p.heading ? '<div class="section">' + escapeHtml(p.heading) + "</div>" : "");
        $("context-body").innerHTML = answer.body.context.map(function (c) {
          var cls = (c.target ? "target" : "") + (c.block === "heading" ? " heading" : "");
          return '<p class="' + cls.trim() + '"' + (c.target ? ' id="target" tabindex="-1"' : "") + ">" + markedHtml(c.text, c.marks) + "</p>";
        }).join("");
        document.querySelector(".layout").hidden = true;
        $("search-form").hidden = true;
        $("context").hidden = false;
        var target = $("target");
        if (target) { target.focus(); target.scrollIntoView({ block: "center" }); }
      });
  }

  function route() {
    var match = /^#passage=([^&]+)(?:&q=(.*))?$/.exec(location.hash);
    if (match) { showContext(decodeURIComponent(match[1]), match[2] ? decodeURIComponent(match[2]) : ""); return; }
    var state = readState();
    $("q").value = state.q;
    search(state);
  }

  $("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var state = readState();
    state.q = $("q").value.trim();
    writeState(state);
    search(state);
  });

  $("facets").addEventListener("click", function (event) {
    var button = event.target.closest("button[data-facet]");
    if (!button) { return; }
    var state = readState();
    state.q = $("q").value.trim();
    var list = state.filters[button.dataset.facet];
    var at = list.indexOf(button.dataset.value);
    if (at >= 0) { list.splice(at, 1); } else { list.push(button.dataset.value); }
    writeState(state);
    search(state).then(function () {
      var again = document.querySelector('button[data-facet="' + button.dataset.facet + '"][data-value="' + CSS.escape(button.dataset.value) + '"]');
      if (again) { again.focus(); }
    });
  });

  $("back").addEventListener("click", function (event) {
    event.preventDefault();
    history.pushState(null, "", location.pathname + location.search);
    route();
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "/" && document.activeElement !== $("q")) {
      event.preventDefault();
      showResults();
      $("q").focus();
    }
  });

  window.addEventListener("popstate", route);
  window.addEventListener("hashchange", route);

  fetch("api/info").then(function (r) { return r.json(); }).then(function (info) {
    $("info").textContent = info.passages + " passages from " + info.documents + " documents, indexed " + info.built;
    $("report-link").hidden = !info.report;
  });
  route();
})();
