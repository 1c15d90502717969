// Sortable, filterable tables for the corroboration report (offline; no other script runs:
// the page's Content-Security-Policy allows this script by its sha256 only).
// <table class="sortable">: click or press Enter on a header to sort by it (numbers as numbers,
// a cell's data-sort value first). <input data-filter="TABLE-ID">: show only rows holding
// every word typed; the element TABLE-ID-count says how many are shown.
(function () {
  "use strict";

  function sortKey(row, column) {
    const cell = row.cells[column];
    const text = (cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent).trim();
    const number = Number(text);
    return text !== "" && !Number.isNaN(number) ? number : text.toLowerCase();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    if (typeof a === "number") return -1;
    if (typeof b === "number") return 1;
    return a.localeCompare(b);
  }

  for (const table of document.querySelectorAll("table.sortable")) {
    const body = table.tBodies[0];
    const heads = Array.from(table.tHead.rows[0].cells);
    heads.forEach(function (head, column) {
      head.tabIndex = 0;
      head.setAttribute("aria-sort", "none");
      head.title = "Sort by this column";
      function sort() {
        const ascending = head.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
        head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const rows = Array.from(body.rows);
        rows.sort(function (x, y) {
          const order = compare(sortKey(x, column), sortKey(y, column));
          return ascending ? order : -order;
        });
        body.append.apply(body, rows);
      }
      head.addEventListener("click", sort);
      head.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          sort();
        }
      });
    });
  }

  for (const input of document.querySelectorAll("input[data-filter]")) {
    const table = document.getElementById(input.dataset.filter);
    const count = document.getElementById(input.dataset.filter + "-count");
    input.addEventListener("input", function () {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      const rows = table.tBodies[0].rows;
      let shown = 0;
      for (const row of rows) {
        const text = row.textContent.toLowerCase();
        row.hidden = !words.every(function (word) { return text.includes(word); });
        if (!row.hidden) shown += 1;
      }
      if (count) count.textContent = shown + " of " + rows.length + " shown";
    });
  }
})();
