// Shows only the scope fields the chosen role needs; without script every field shows.
(function () {
	'use strict';
	document.querySelectorAll('[data-user-form]').forEach(function (form) {
		var select = form.querySelector('[data-role-select]');
		if (!select) {
			return;
		}
		function update() {
			form.querySelectorAll('[data-scope-for]').forEach(function (field) {
				var roles = field.getAttribute('data-scope-for').split(' ');
				field.hidden = select.value !== '' && roles.indexOf(select.value) < 0;
			});
		}
		select.addEventListener('change', update);
		update();
	});
})();
