/* The public submission form (/submit) and its tracking page (/submit/track#<token>). Plain
   browser JavaScript, no build step, for phones and WeChat's browser. The tracking token stays in
   the URL fragment and travels in a header, so no server or proxy log ever holds it. */
;(function () {
  'use strict'
  var page = document.getElementById('app').getAttribute('data-page')
  var $ = function (id) {
    return document.getElementById(id)
  }

  function showError(message) {
    var box = $('error')
    box.textContent = message
    box.hidden = !message
    if (message) box.scrollIntoView({ behavior: 'smooth', block: 'center' })
  }

  function errorMessage(body, status) {
    var first = body && body.errors && body.errors[0]
    return (first && first.message) || '提交失败（' + status + '），请稍后重试。'
  }

  function request(method, url, body, headers) {
    var init = { method: method, headers: headers || {} }
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      init.body = JSON.stringify(body)
      init.headers['content-type'] = 'application/json'
    }
    return fetch(url, init).then(function (res) {
      return res
        .json()
        .catch(function () {
          return null
        })
        .then(function (json) {
          return { status: res.status, body: json }
        })
    })
  }

  /** Finds the nonce in slices, so the page keeps answering while it works. */
  function solve(token, difficulty, onProgress) {
    var encoder = new TextEncoder()
    var n = 0
    return new Promise(function (resolve) {
      function slice() {
        for (var end = n + 4000; n < end; n++) {
          var nonce = n.toString(36)
          var digest = window.proofOfWork.sha256(encoder.encode(token + ':' + nonce))
          if (window.proofOfWork.leadingZeroBits(digest) >= difficulty) return resolve(nonce)
        }
        onProgress(n)
        setTimeout(slice, 0)
      }
      slice()
    })
  }

  function option(select, value, label) {
    var o = document.createElement('option')
    o.value = value
    o.textContent = label
    select.appendChild(o)
  }

  function checkboxes(container, name, items, checked) {
    items.forEach(function (item) {
      var label = document.createElement('label')
      var input = document.createElement('input')
      input.type = 'checkbox'
      input.name = name
      input.value = item.value
      input.checked = checked.indexOf(item.value) >= 0
      label.appendChild(input)
      label.appendChild(document.createTextNode(item.label))
      container.appendChild(label)
    })
  }

  function checked(name) {
    return Array.prototype.slice
      .call(document.querySelectorAll('input[name="' + name + '"]:checked'))
      .map(function (input) {
        return input.value
      })
  }

  function formPage() {
    var form = $('submission')
    var spec = null
    var challenge = null

    function needsConsent() {
      var kind = $('kind').value
      var role = $('submitterRole').value
      return (kind === 'story' || kind === 'clip') && (role === 'patient' || role === 'family')
    }

    function minor() {
      var age = parseInt($('patientAgeYears').value, 10)
      return !isNaN(age) && age < 14
    }

    function refresh() {
      $('consent').hidden = !needsConsent()
      $('organisationRow').hidden = $('submitterRole').value !== 'partner'
      $('guardianRows').hidden = !minor()
      $('signerHint').textContent = minor()
        ? '签署人为监护人，请输入监护人姓名。'
        : '签署人为患者本人，请输入患者姓名。'
      $('bodyCount').textContent = $('body').value.length + ' / 5000'
    }

    function load() {
      return request('GET', '/api/submissions/form').then(function (res) {
        if (res.status !== 200) throw new Error(errorMessage(res.body, res.status))
        spec = res.body
        challenge = spec.challenge
        return spec
      })
    }

    load()
      .then(function () {
        spec.kinds.forEach(function (k) {
          option($('kind'), k.value, k.label)
        })
        spec.roles.forEach(function (r) {
          option($('submitterRole'), r.value, r.label)
        })
        spec.departments.forEach(function (d) {
          option($('department'), String(d.id), d.name)
        })
        $('consentTitle').textContent = spec.consentText.title + '（' + spec.consentText.version + ' 版）'
        spec.consentText.paragraphs.forEach(function (text) {
          var p = document.createElement('p')
          p.textContent = text
          $('consentText').appendChild(p)
        })
        checkboxes($('uses'), 'uses', spec.uses, ['text'])
        checkboxes($('channels'), 'channels', spec.channels, ['website'])
        form.setAttribute('data-ready', 'true')
        refresh()
      })
      .catch(function (error) {
        showError(error.message)
      })

    ;['kind', 'submitterRole', 'patientAgeYears', 'body'].forEach(function (id) {
      $(id).addEventListener('input', refresh)
      $(id).addEventListener('change', refresh)
    })

    function payload(pow) {
      var data = {
        kind: $('kind').value,
        submitterRole: $('submitterRole').value,
        title: $('title').value,
        body: $('body').value,
        name: $('name').value,
        contact: $('contact').value,
        incentivesOptIn: $('incentivesOptIn').checked,
        pow: pow,
      }
      if ($('submitterRole').value === 'partner' && form.organisation.value) data.organisation = form.organisation.value
      if ($('department').value) data.department = Number($('department').value) || $('department').value
      if (needsConsent())
        data.consent = {
          agreed: $('agreed').checked,
          patientName: $('patientName').value,
          patientAgeYears: parseInt($('patientAgeYears').value, 10),
          guardianName: minor() ? $('guardianName').value : undefined,
          guardianRelationship: minor() ? $('guardianRelationship').value : undefined,
          uses: checked('uses'),
          channels: checked('channels'),
          months: parseInt($('months').value, 10),
          signedName: $('signedName').value,
          textVersion: spec.consentText.version,
          textHash: spec.consentText.hash,
        }
      return data
    }

    function uploadPhotos(token) {
      var files = Array.prototype.slice.call($('photos').files || []).slice(0, spec.limits.files)
      return files.reduce(function (chain, file, index) {
        return chain.then(function (failures) {
          $('progress').textContent = '正在上传附件 ' + (index + 1) + ' / ' + files.length + '…'
          var body = new FormData()
          body.append('file', file, file.name)
          body.append('_payload', '{}')
          return request('POST', '/api/submission-files', body, { 'x-submission-token': token }).then(function (res) {
            return res.status === 201
              ? failures
              : failures.concat(file.name + '：' + errorMessage(res.body, res.status))
          })
        })
      }, Promise.resolve([]))
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault()
      showError('')
      if (!spec) return
      if (needsConsent() && !$('agreed').checked) return showError('请阅读并勾选同意隐私授权书。')
      var send = $('send')
      send.disabled = true
      $('progress').textContent = '正在进行安全校验…'
      var used = challenge
      solve(used.token, used.difficulty, function () {})
        .then(function (nonce) {
          $('progress').textContent = '正在提交…'
          return request('POST', '/api/submissions/submit', payload({ token: used.token, nonce: nonce }))
        })
        .then(function (res) {
          if (res.status !== 201) {
            // A refused submission leaves the challenge unspent, but a fresh one is cheap and never stale.
            return load().then(function () {
              throw new Error(errorMessage(res.body, res.status))
            })
          }
          return uploadPhotos(res.body.token).then(function (failures) {
            form.hidden = true
            $('done').hidden = false
            $('reference').textContent = res.body.reference
            var link = location.origin + '/submit/track#' + res.body.token
            $('trackingLink').href = link
            $('trackingLink').textContent = link
            if (failures.length) showError('部分附件未能上传：' + failures.join('；'))
          })
        })
        .catch(function (error) {
          showError(error.message)
        })
        .then(function () {
          send.disabled = false
          $('progress').textContent = ''
        })
    })
  }

  /** The sender's own points, honours and history, when they take part in the incentives. */
  function renderIncentives(incentives) {
    $('incentives').hidden = !incentives
    if (!incentives) return
    var b = incentives.balance
    $('points').textContent = String(b.points)
    $('amount').textContent = b.amountCny > 0 ? '，奖励 ' + b.amountCny.toFixed(2) + ' 元' : ''
    $('pendingRow').hidden = !(b.pendingCny > 0 || b.pendingPoints > 0)
    $('pending').textContent = b.pendingPoints + ' 分、' + b.pendingCny.toFixed(2) + ' 元'
    var honours = $('honours')
    honours.innerHTML = ''
    incentives.honours.forEach(function (h) {
      var li = document.createElement('li')
      li.textContent = h.title
      honours.appendChild(li)
    })
    $('honoursRow').hidden = incentives.honours.length === 0
    var list = $('ledger')
    list.innerHTML = ''
    incentives.history.forEach(function (e) {
      var li = document.createElement('li')
      li.textContent =
        new Date(e.at).toLocaleString('zh-CN', { hour12: false }) +
        ' ' +
        (e.rule || e.kindLabel) +
        (e.cause ? '（' + e.cause + '）' : '') +
        '：' +
        e.kindLabel +
        ' ' +
        (e.settled ? (e.points > 0 ? '+' : '') + e.points : '（' + e.points) +
        ' 分' +
        (e.amountCny ? '，' + e.amountCny.toFixed(2) + ' 元' : '') +
        (e.settled ? '' : '，' + (e.pending ? '待审批' : '不计入') + '）')
      list.appendChild(li)
    })
  }

  function trackPage() {
    var token = decodeURIComponent(location.hash.replace(/^#/, ''))
    var headers = { 'x-submission-token': token }
    function render(view) {
      $('status').hidden = false
      $('reference').textContent = view.reference
      $('title').textContent = view.title
      $('state').textContent = view.statusLabel || view.status
      $('state').setAttribute('data-status', view.status)
      $('noteRow').hidden = !view.note
      $('note').textContent = view.note || ''
      $('linkRow').hidden = !view.link
      if (view.link) $('link').href = view.link
      var list = $('history')
      list.innerHTML = ''
      view.history.forEach(function (entry) {
        var li = document.createElement('li')
        li.textContent =
          new Date(entry.at).toLocaleString('zh-CN', { hour12: false }) +
          ' ' +
          (entry.label || entry.status) +
          (entry.note ? '：' + entry.note : '')
        list.appendChild(li)
      })
      renderIncentives(view.incentives)
      $('revise').hidden = view.status !== 'changes-requested'
      $('feedback').hidden = view.status !== 'published'
      if (view.status === 'changes-requested' && !$('reviseTitle').value) {
        $('reviseTitle').value = view.title
      }
      document.body.setAttribute('data-ready', 'true')
    }
    if (!token) return showError('跟踪链接不完整，请使用提交成功后显示的完整链接。')
    request('GET', '/api/submissions/track', undefined, headers).then(function (res) {
      if (res.status !== 200) return showError(errorMessage(res.body, res.status))
      render(res.body)
    })
    $('feedback').addEventListener('submit', function (event) {
      event.preventDefault()
      showError('')
      request(
        'POST',
        '/api/submissions/track/feedback',
        { kind: $('feedbackKind').value, message: $('feedbackMessage').value },
        headers,
      ).then(function (res) {
        if (res.status !== 201) return showError(errorMessage(res.body, res.status))
        $('feedbackMessage').value = ''
        $('feedbackDone').hidden = false
      })
    })
    $('revise').addEventListener('submit', function (event) {
      event.preventDefault()
      showError('')
      request(
        'POST',
        '/api/submissions/track/revise',
        { title: $('reviseTitle').value, body: $('reviseBody').value },
        headers,
      ).then(function (res) {
        if (res.status !== 200) return showError(errorMessage(res.body, res.status))
        render(res.body)
      })
    })
  }

  if (page === 'form') formPage()
  else trackPage()
})()
