// Small enhancements on top of server-rendered pages; every page also works without them.
(function () {
    'use strict';

    // htmx requests carry the CSRF token like the forms do.
    document.addEventListener('htmx:configRequest', function (event) {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token) {
            event.detail.headers[header.content] = token.content;
        }
    });

    // A form being submitted shows that it is busy and cannot be sent twice; screen readers hear it too.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (event.defaultPrevented || form.hasAttribute('hx-get') || form.hasAttribute('hx-post')) {
            return;
        }
        var knop = event.submitter || form.querySelector('button[type="submit"]');
        if (knop) {
            if (knop.getAttribute('aria-disabled') === 'true') {
                event.preventDefault();
                return;
            }
            knop.setAttribute('aria-disabled', 'true');
            knop.classList.add('bezig');
        }
        form.setAttribute('aria-busy', 'true');
        var regio = document.getElementById('voortgang');
        if (regio) {
            regio.textContent = form.getAttribute('data-voortgang') || 'Bezig met verwerken…';
        }
    });

    // After a refused or invalid submit, the error summary gets the focus so that it is read out first.
    document.addEventListener('DOMContentLoaded', function () {
        var overzicht = document.querySelector('.foutoverzicht[tabindex="-1"]');
        if (overzicht) {
            overzicht.focus();
        }
    });
})();
