/*
 * Convene door scanner. Without this file the page still works: the form posts and the page shows the answer.
 * With it, scans are posted in the background (the answer comes back as JSON, already worded in the page's
 * language), the input is cleared for the next badge at once, and where the browser can read QR codes
 * (BarcodeDetector) the phone's camera can scan too. No inline script: the page's CSP forbids it.
 */
(function () {
  'use strict';

  var form = document.getElementById('scan-form');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var input = document.getElementById('payload');
  var panel = document.getElementById('scan-result');
  var camera = document.getElementById('camera');
  var busy = false;

  function set(selector, text) {
    panel.querySelector(selector).textContent = text || '';
  }

  function show(view) {
    panel.classList.remove('idle', 'ok', 'warn', 'bad');
    panel.classList.add(view.tone);
    panel.setAttribute('data-result', view.result);
    set('.symbol', view.symbol);
    set('.headline', view.headline);
    set('.person-name', view.name);
    set('.country', view.country);
    set('.role', view.role);
    set('.organisation', view.organisation);
    set('.detail', view.detail);
    if (navigator.vibrate) {
      navigator.vibrate(view.tone === 'ok' ? 80 : [200, 100, 200]);
    }
  }

  function showProblem(message) {
    show({tone: 'bad', result: '', symbol: '✕', headline: message, name: '', country: '', role: '',
      organisation: '', detail: ''});
  }

  function scan(payload) {
    if (busy) {
      return;
    }
    busy = true;
    var data = new URLSearchParams(new FormData(form));
    if (payload !== undefined) {
      data.set('payload', payload);
    }
    fetch(form.action, {
      method: 'POST',
      body: data,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') !== 0 || (!response.ok && response.status !== 400)) {
        // signed out, or something only the full page can explain: let the browser post the form itself
        busy = false;
        if (payload !== undefined) {
          input.value = payload;
        }
        form.submit();
        return null;
      }
      return response.json();
    }).then(function (view) {
      if (view && view.tone) {
        show(view);
        input.value = '';
      } else if (view) {
        showProblem(camera.getAttribute('data-network'));
      }
    }).catch(function () {
      // offline or the server did not answer: keep the code so Enter tries again
      if (payload !== undefined) {
        input.value = payload;
      }
      showProblem(camera.getAttribute('data-network'));
    }).then(function () {
      busy = false;
      if (!stream) {
        input.focus();
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (input.value.trim() !== '') {
      scan();
    }
  });

  // --- camera, only where the browser itself can read QR codes ---
  var stream = null;
  var detector = null;
  var video = document.getElementById('camera-video');
  var toggle = document.getElementById('camera-toggle');
  var status = document.getElementById('camera-status');
  var last = '';
  var lastAt = 0;

  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
    }
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    toggle.textContent = camera.getAttribute('data-start');
    status.textContent = '';
  }

  function look() {
    if (!stream) {
      return;
    }
    var next = function () { setTimeout(look, 250); };
    if (video.readyState < 2) {
      next();
      return;
    }
    detector.detect(video).then(function (codes) {
      var now = Date.now();
      if (codes.length > 0) {
        var value = codes[0].rawValue;
        // the same badge stays in view for a while: one scan per badge, not four a second
        if (value !== last || now - lastAt > 4000) {
          last = value;
          lastAt = now;
          scan(value);
        }
      }
    }).catch(function () { /* a frame the detector could not read */ }).then(next);
  }

  function start() {
    navigator.mediaDevices.getUserMedia({video: {facingMode: {ideal: 'environment'}}, audio: false})
      .then(function (media) {
        stream = media;
        detector = detector || new window.BarcodeDetector({formats: ['qr_code']});
        video.srcObject = media;
        video.hidden = false;
        toggle.textContent = camera.getAttribute('data-stop');
        status.textContent = camera.getAttribute('data-scanning');
        return video.play();
      })
      .then(look)
      .catch(function () {
        stop();
        status.textContent = camera.getAttribute('data-error');
      });
  }

  if ('BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf('qr_code') >= 0) {
        camera.hidden = false;
        toggle.addEventListener('click', function () {
          if (stream) {
            stop();
            input.focus();
          } else {
            start();
          }
        });
      }
    }).catch(function () { /* no camera scanning: the typed and hand-scanner input remains */ });
  }
  document.addEventListener('visibilitychange', function () {
    if (document.hidden && stream) {
      stop();
    }
  });
})();
