// Draw the govkg network from the page's JSON data; data reaches the DOM only as text.
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("govkg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  };
  const reportName = (i) => {
    const r = data.reports[i];
    return r ? r.label + (r.year ? " (" + r.year + ")" : "") : "";
  };

  // ---- nodes, edges, filters ------------------------------------------------
  const info = new Map();
  data.nodes.forEach((n) => info.set(n.id, n));
  data.reports.forEach((r, i) => info.set(r.id, Object.assign({ cls: "Report", reports: [i] }, r)));

  const styled = (n, size) => {
    const style = data.styles[n.cls];
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: size, shape: style.shape,
      color: { background: style.color, border: style.color, highlight: { background: "#ffd400", border: "#222" } },
    };
  };
  const nodes = new vis.DataSet(data.nodes.map((n) => styled(n, n.size)).concat(data.reports.map((r) => styled(info.get(r.id), 28))));
  const edges = new vis.DataSet(data.edges.map((e, i) => ({
    id: i, from: e.from, to: e.to, label: e.label, color: { color: data.edgeColors[e.label], highlight: "#222" },
    dashes: !["locatedIn", "partOf", "responsibleFor"].includes(e.label),
  })));

  const shown = { classes: new Set(data.classes), report: "" };
  const inReport = (n) => {
    if (!shown.report) return true;
    const [kind, value] = shown.report.split(":");
    if (kind === "report") return n.reports.includes(Number(value));
    return n.reports.some((i) => String(data.reports[i].year) === value);
  };
  const visible = (id) => {
    const n = info.get(id);
    return shown.classes.has(n.cls) && inReport(n);
  };
  const view = new vis.DataView(nodes, { filter: (item) => visible(item.id) });

  const big = data.nodes.length > 3000;
  const network = new vis.Network($("govkg-network"), { nodes: view, edges: edges }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200 },
    nodes: { font: { size: 14, face: getComputedStyle(document.documentElement).fontFamily }, borderWidth: 1 },
    edges: {
      smooth: false, width: 1, selectionWidth: 2,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { size: 10, align: "middle", color: "#555", strokeWidth: 3 },
    },
  });
  network.once("afterDrawing", () => {
    window.govkgReadyAt = performance.now();
    window.govkgReady = true;
  });

  // ---- side panel -----------------------------------------------------------
  const panel = $("govkg-panel");
  const hidePanel = () => { panel.hidden = true; panel.replaceChildren(); };

  const figureTable = (figureIds) => {
    const table = el("table");
    const head = table.createTHead().insertRow();
    ["", "indicator", "value", "period", "report"].forEach((h) => head.appendChild(el("th", h)));
    const body = table.createTBody();
    figureIds.forEach((f) => {
      const fig = data.figures[f];
      const row = body.insertRow();
      row.className = "govkg-figure";
      row.appendChild(el("td", fig.kind === "target" ? "target" : "result"));
      const indicator = el("td", fig.indicator);
      if (fig.evidence) indicator.appendChild(el("div", fig.evidence, "govkg-evidence"));
      row.appendChild(indicator);
      row.appendChild(el("td", [fig.comparator, fig.value, fig.unit].filter(Boolean).join(" "), "govkg-value"));
      row.appendChild(el("td", fig.period));
      row.appendChild(el("td", reportName(fig.report), "govkg-source"));
    });
    return table;
  };

  const showPanel = (id) => {
    const n = info.get(id);
    if (!n) return hidePanel();
    panel.replaceChildren();
    const close = el("button", "×", "govkg-close");
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", () => { network.unselectAll(); hidePanel(); });
    panel.append(close, el("h2", n.label, "govkg-name"));
    const cls = el("p", "", "govkg-meta govkg-class");
    cls.append(el("span", "", "govkg-swatch govkg-" + data.styles[n.cls].shape), n.cls);
    cls.firstChild.style.background = data.styles[n.cls].color;
    panel.appendChild(cls);
    if (n.cls === "Report") {
      panel.appendChild(el("p", [n.stem, n.year].filter(Boolean).join(" · "), "govkg-meta"));
      panel.appendChild(el("h3", "Figures about no entity (" + n.figures.length + ")"));
      if (n.figures.length) panel.appendChild(figureTable(n.figures));
    } else {
      if (n.aliases.length) panel.appendChild(el("p", "Also: " + n.aliases.join(" · "), "govkg-meta govkg-aliases"));
      panel.appendChild(el("p", n.degree + " relations · " + n.reports.map(reportName).join(" · "), "govkg-meta"));
      panel.appendChild(el("h3", "Figures (" + n.figures.length + ")"));
      if (n.figures.length) panel.appendChild(figureTable(n.figures));
      panel.appendChild(el("h3", "Evidence (" + n.sentences.length + ")"));
      const list = el("ul", null, "govkg-sentences");
      n.sentences.forEach((s) => {
        const item = el("li", data.sentences[s].text, "govkg-sentence");
        item.appendChild(el("div", reportName(data.sentences[s].report), "govkg-source"));
        list.appendChild(item);
      });
      panel.appendChild(list);
    }
    panel.hidden = false;
  };

  network.on("click", (params) => (params.nodes.length ? showPanel(params.nodes[0]) : hidePanel()));

  // ---- controls ---------------------------------------------------------------
  $("govkg-note").textContent = data.note;

  const counts = {};
  info.forEach((n) => { counts[n.cls] = (counts[n.cls] || 0) + 1; });
  data.classes.forEach((c) => {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c;
    box.addEventListener("change", () => {
      if (box.checked) shown.classes.add(c); else shown.classes.delete(c);
      view.refresh();
    });
    const swatch = el("span", "", "govkg-swatch govkg-" + data.styles[c].shape);
    swatch.style.background = data.styles[c].color;
    label.append(box, swatch, c + " (" + (counts[c] || 0) + ")");
    $("govkg-classes").appendChild(label);
  });

  const select = $("govkg-report");
  const years = [...new Set(data.reports.map((r) => r.year).filter(Boolean))].sort();
  years.forEach((y) => {
    const group = el("optgroup");
    group.label = String(y);
    const all = el("option", "All of " + y);
    all.value = "year:" + y;
    group.appendChild(all);
    data.reports.forEach((r, i) => {
      if (r.year !== y) return;
      const option = el("option", r.label);
      option.value = "report:" + i;
      group.appendChild(option);
    });
    select.appendChild(group);
  });
  data.reports.forEach((r, i) => {
    if (r.year) return;
    const option = el("option", r.label);
    option.value = "report:" + i;
    select.appendChild(option);
  });
  select.addEventListener("change", () => { shown.report = select.value; view.refresh(); });

  Object.entries(data.edgeColors).forEach(([name, color]) => {
    if (!data.edges.some((e) => e.label === name)) return;
    const item = el("span");
    const line = el("span", "", "govkg-edge");
    line.style.background = color;
    item.append(line, name);
    $("govkg-edge-legend").appendChild(item);
  });

  // ---- search -------------------------------------------------------------
  const names = [...info.values()].map((n) => ({
    id: n.id, label: n.label, names: [n.label].concat(n.aliases || []).map((s) => s.toLowerCase()),
  }));
  const find = (query) => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const rank = (entry) => {
      if (entry.names[0] === q) return 0;
      if (entry.names.includes(q)) return 1;
      if (entry.names.some((s) => s.startsWith(q))) return 2;
      return entry.names.some((s) => s.includes(q)) ? 3 : 4;
    };
    return names.map((e) => [rank(e), e]).filter(([r]) => r < 4)
      .sort((a, b) => a[0] - b[0] || a[1].label.length - b[1].label.length).slice(0, 12).map(([, e]) => e);
  };

  const selectNode = (id) => {
    const n = info.get(id);
    if (!n) return false;
    if (!visible(id)) {
      shown.classes.add(n.cls);
      $("govkg-classes").querySelectorAll("input").forEach((box) => { box.checked = shown.classes.has(box.value); });
      shown.report = select.value = "";
      view.refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    showPanel(id);
    return true;
  };

  const search = $("govkg-search");
  const matches = $("govkg-matches");
  search.addEventListener("input", () => {
    matches.replaceChildren();
    find(search.value).forEach((entry) => {
      const n = info.get(entry.id);
      const button = el("button", n.label + " · " + n.cls);
      button.type = "button";
      button.addEventListener("click", () => { matches.replaceChildren(); selectNode(entry.id); });
      matches.appendChild(el("li")).appendChild(button);
    });
  });
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const best = find(search.value)[0];
      matches.replaceChildren();
      if (best) selectNode(best.id);
    } else if (event.key === "Escape") {
      matches.replaceChildren();
    }
  });

  window.govkg = { data: data, network: network, nodes: nodes, view: view, select: selectNode, find: find };
})();
