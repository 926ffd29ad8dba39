// Live updates: when an ingest changes the story on screen (or any story, on the list), the
// page's main part is fetched again and swapped in with htmx. Without JavaScript the pages
// work as they are; a reload shows the news.
(function () {
  "use strict";
  if (!window.EventSource || !window.htmx) {
    return;
  }
  var events = new EventSource("/api/events");
  events.addEventListener("story", function (event) {
    var story = document.getElementById("story");
    if (story && story.getAttribute("data-story") === event.data) {
      htmx.ajax("GET", location.pathname, { target: "#story", select: "#story", swap: "outerHTML" })
        .then(function () {
          var live = document.getElementById("live");
          if (live) {
            live.textContent = "Updated just now: a new or changed article.";
          }
        });
    } else if (document.getElementById("story-list")) {
      htmx.ajax("GET", location.pathname + location.search,
          { target: "#story-list", select: "#story-list", swap: "outerHTML" });
    }
  });
  window.addEventListener("pagehide", function () {
    events.close();
  });
})();
