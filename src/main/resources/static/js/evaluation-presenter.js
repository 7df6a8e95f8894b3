// The presenter screen of an open on-site evaluation reloads itself every few seconds so
// that the live counts follow the voters; without script the refresh link does the same.
(function () {
	var main = document.querySelector('[data-refresh]');
	if (!main) {
		return;
	}
	var seconds = parseInt(main.getAttribute('data-refresh'), 10);
	if (seconds > 0) {
		window.setTimeout(function () {
			window.location.reload();
		}, seconds * 1000);
	}
})();
