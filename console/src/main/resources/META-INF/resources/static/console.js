// ipcase console: htmx settings, per-field messages by their fields, and the checks as one types.
(function () {
  'use strict';
  // a refusal (4xx) comes back as a fragment explaining it: show it where the form asked for its outcome
  htmx.config.responseHandling = [
    { code: '204', swap: false },
    { code: '[23]..', swap: true },
    { code: '[45]..', swap: true, error: false }
  ];

  function csrfToken() {
    try {
      return JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-Token'];
    } catch (e) {
      return '';
    }
  }

  function fieldPath(name) {
    var colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(0, colon);
  }

  function clearFieldErrors(form) {
    form.querySelectorAll('.field-error').forEach(function (e) { e.remove(); });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) {
      e.removeAttribute('aria-invalid');
      var described = (e.getAttribute('aria-describedby') || '').split(' ').filter(function (id) { return id.indexOf('-error') < 0; });
      if (described.length) { e.setAttribute('aria-describedby', described.join(' ')); } else { e.removeAttribute('aria-describedby'); }
    });
  }

  // the service names the field of each message by its JSON path; the inputs are named by the same path
  function placeFieldErrors(form) {
    var inputs = {};
    form.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (i) { inputs[fieldPath(i.name)] = i; });
    var first = null;
    form.querySelectorAll('.outcome li[data-field]').forEach(function (li) {
      var input = inputs[li.getAttribute('data-field')];
      if (!input) { return; }
      var message = document.createElement('p');
      message.className = 'field-error';
      message.id = input.id + '-error';
      message.textContent = li.textContent.substring(li.textContent.indexOf(':') + 1).trim();
      // a group of checkboxes gets its message once, under the group, not beside one of its boxes
      var group = input.type === 'checkbox' ? input.closest('fieldset') : null;
      if (group) { group.insertAdjacentElement('beforeend', message); } else { input.insertAdjacentElement('afterend', message); }
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + message.id).trim());
      li.classList.add('placed');
      if (!first) { first = input; }
    });
    if (first) { first.focus(); }
  }

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    if (form) { clearFieldErrors(form); }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var form = event.detail.target.closest ? event.detail.target.closest('form') : null;
    if (form) { placeFieldErrors(form); }
  });
  document.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt.closest ? event.detail.elt.closest('form') : null;
    var outcome = form ? form.querySelector('.outcome') : null;
    if (outcome) { outcome.innerHTML = '<div class="banner error" role="alert">' + document.body.getAttribute('data-offline') + '</div>'; }
  });

  // USCC, resident ID and division code checked while typing, by the console with the services' rules
  var timers = new WeakMap();
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[data-check]')) { return; }
    clearTimeout(timers.get(input));
    timers.set(input, setTimeout(function () {
      var body = new URLSearchParams();
      body.set('value', input.value);
      // a number checked against the document chosen beside it (a passport, a permit, …)
      var other = input.hasAttribute('data-check-with') ? document.getElementById(input.getAttribute('data-check-with')) : null;
      if (other && other.value) { body.set('document', other.value); }
      fetch('/checks/' + input.getAttribute('data-check'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': csrfToken() },
        body: body,
        credentials: 'same-origin'
      }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (message) {
        var box = document.getElementById(input.id + '-check');
        if (box) { box.textContent = message; }
        if (message) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
      }).catch(function () { /* the server checks again on sending */ });
    }, 300));
  });
})();
