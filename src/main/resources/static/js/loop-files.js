// Refuses a file over the size limit as soon as it is chosen, so that nothing typed in the
// form is lost to an upload the server would refuse.
(function () {
	document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
		var max = Number(input.dataset.maxBytes);
		var error = document.getElementById(input.id + '-error');
		input.addEventListener('change', function () {
			var tooLarge = Array.prototype.filter.call(input.files, function (file) {
				return file.size > max;
			});
			if (tooLarge.length > 0) {
				input.value = '';
				input.classList.add('is-invalid');
				if (error) {
					error.textContent = input.dataset.tooLarge + ' ' + tooLarge.map(function (file) {
						return file.name;
					}).join(', ');
					error.classList.remove('d-none');
				}
			}
			else {
				input.classList.remove('is-invalid');
				if (error) {
					error.textContent = '';
					error.classList.add('d-none');
				}
			}
		});
	});
})();
