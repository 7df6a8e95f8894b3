// Fills a field's list of choices (venues, units) from the address in its datalist's
// data-choices when the field is first used, so that the page itself stays small.
// Without script the field still takes a code typed in.
(function () {
	'use strict';
	document.querySelectorAll('datalist[data-choices]').forEach(function (list) {
		var field = document.querySelector('input[list="' + list.id + '"]');
		if (!field) {
			return;
		}
		var state = 'empty';
		function load() {
			if (state !== 'empty') {
				return;
			}
			state = 'loading';
			fetch(list.getAttribute('data-choices'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
				.then(function (response) {
					if (!response.ok) {
						throw new Error(response.status);
					}
					return response.json();
				})
				.then(function (choices) {
					var options = document.createDocumentFragment();
					choices.forEach(function (choice) {
						var option = document.createElement('option');
						option.value = choice.value;
						option.label = choice.label;
						options.appendChild(option);
					});
					list.appendChild(options);
					list.setAttribute('data-loaded', 'true');
					state = 'loaded';
				})
				.catch(function () {
					state = 'empty';
				});
		}
		field.addEventListener('focus', load);
		field.addEventListener('input', load);
	});
})();
