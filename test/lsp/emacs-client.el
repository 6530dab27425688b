;;; emacs-client.el --- drives eglot against `cbo lsp --stdio' -*- lexical-binding: t -*-

;; For test/lsp/emacs.test.ts: Debian's Emacs (emacs --batch -Q) with Debian's eglot. Configured
;; as the README tells users (eglot-server-programs, eglot-ensure from the mode hooks), then
;; opens the plan named by CBO_EMACS_YAML and the Markdown plan named by CBO_EMACS_MD, waits for
;; the diagnostics the server publishes and for what Flymake shows of them, asks for a hover,
;; lists the code actions on one finding, applies the preferred one as a user pressing RET at
;; eglot's prompt would, waits for the new diagnostics, and writes everything to CBO_EMACS_OUT
;; as JSON. Written for eglot 1.9 on Emacs 28.2 (Debian 12).

(require 'package)
(require 'cl-lib)
(require 'json)

;; The client stands in for completing-read, a primitive: a native-compiled Emacs would compile a
;; trampoline for it (a second or more of gcc at every run). eglot is byte-compiled and calls it
;; through its symbol, so the trampoline is not needed.
(setq comp-enable-subr-trampolines nil)

(defvar cbo-report (list :eglot_version nil :yaml nil :markdown nil :hover nil :hover_shown nil
                         :actions nil :offered nil :after_fix nil :text_after_fix nil :warnings nil :error nil))
(defvar cbo-publishes nil "(FILE-NAME COUNT DIAGNOSTICS) of the last publish per file, from the server.")

(defun cbo-env (name &optional default)
  (or (getenv name) default (error "%s is not set" name)))

(defun cbo-put (key value)
  (setq cbo-report (plist-put cbo-report key value)))

(defun cbo-write-report ()
  (with-temp-file (cbo-env "CBO_EMACS_OUT")
    (let ((json-encoding-pretty-print nil))
      (insert (json-encode cbo-report)))))

(defun cbo-wait (what seconds pred)
  "Let processes and timers run until PRED holds; fail with WHAT after SECONDS."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall pred) (error "%s within %s s" what seconds))))

(defun cbo-go-idle ()
  "Run the pending one-shot idle timers, as Emacs does when the user pauses.
A batch Emacs never reads the keyboard, so it is never idle: eglot's didChange and Flymake's
re-check after an edit wait on idle timers that would otherwise never fire."
  (dolist (timer (copy-sequence timer-idle-list))
    (unless (timer--repeat-delay timer)
      (timer-event-handler timer))))

(defun cbo-published (file)
  (cdr (assoc (file-name-nondirectory file) cbo-publishes)))

(defun cbo-shown ()
  "What Flymake shows in the current buffer, as 0-based lines and columns (the files are ASCII)."
  (vconcat
   (mapcar (lambda (d)
             (cl-flet ((line (pos) (1- (line-number-at-pos pos t)))
                       (col (pos) (save-excursion (goto-char pos) (current-column))))
               (list :line (line (flymake-diagnostic-beg d)) :col (col (flymake-diagnostic-beg d))
                     :end_line (line (flymake-diagnostic-end d)) :end_col (col (flymake-diagnostic-end d))
                     :type (symbol-name (flymake-diagnostic-type d)) :text (flymake-diagnostic-text d))))
           (flymake-diagnostics))))

(defun cbo-open (file)
  "Visit FILE as a user would: the mode hook calls eglot-ensure, which connects once the
command is over (post-command-hook, run here by hand since no command loop runs in batch)."
  (find-file file)
  (run-hooks 'post-command-hook)
  (cbo-wait (format "no diagnostics published for %s" file) 60 (lambda () (cbo-published file)))
  ;; Flymake receives the same publish synchronously; wait in case a re-check is pending.
  (cbo-wait (format "Flymake shows nothing for %s" file) 10 (lambda () (flymake-diagnostics)))
  (list :published (nth 1 (cbo-published file)) :shown (cbo-shown)))

(defun cbo-main ()
  ;; `emacs -Q' does not activate Debian's elpa-* packages: point package.el at them alone (and
  ;; at no user packages: a folder that does not exist, beside the report).
  (setq package-directory-list (list "/usr/share/emacs/site-lisp/elpa")
        package-user-dir (expand-file-name "no-elpa" (file-name-directory (cbo-env "CBO_EMACS_OUT"))))
  (package-initialize)
  (require 'eglot)
  (cbo-put :eglot_version (package-version-join (package-desc-version (cadr (assq 'eglot package-alist)))))
  ;; Emacs 28 has neither yaml-mode nor markdown-mode built in; stand-ins carry the names (and so
  ;; the languageIds "yaml" and "markdown") that the usual packages give.
  (unless (fboundp 'yaml-mode) (define-derived-mode yaml-mode text-mode "YAML"))
  (unless (fboundp 'markdown-mode) (define-derived-mode markdown-mode text-mode "Markdown"))
  (add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . yaml-mode))
  (add-to-list 'auto-mode-alist '("\\.md\\'" . markdown-mode))
  ;; The README's configuration, with `cbo' spelled as the built CLI under this Node. One entry
  ;; per mode: eglot before 1.16 sends one languageId per server, so a shared entry would open
  ;; the Markdown plan as YAML (or the reverse).
  (let ((cmd (list (cbo-env "CBO_EMACS_NODE") (cbo-env "CBO_EMACS_CLI") "lsp" "--stdio")))
    (add-to-list 'eglot-server-programs (cons 'yaml-mode cmd))
    (add-to-list 'eglot-server-programs (cons 'markdown-mode cmd)))
  (add-hook 'yaml-mode-hook #'eglot-ensure)
  (add-hook 'markdown-mode-hook #'eglot-ensure)
  (cl-defmethod eglot-handle-notification :before
    (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
    (let* ((name (file-name-nondirectory (url-unhex-string uri)))
           (count (1+ (or (car (cbo-published name)) 0))))
      (setf (alist-get name cbo-publishes nil nil #'equal) (list count diagnostics))))

  (let ((yaml (cbo-env "CBO_EMACS_YAML"))
        (fix-rule (cbo-env "CBO_EMACS_FIX_RULE" "missing-baseline")))
    (cbo-put :markdown (cbo-open (cbo-env "CBO_EMACS_MD")))
    (cbo-put :yaml (cbo-open yaml))
    (let ((server (eglot-current-server)))
      (goto-char (point-min))
      (forward-line (string-to-number (cbo-env "CBO_EMACS_HOVER_LINE")))
      (move-to-column (string-to-number (cbo-env "CBO_EMACS_HOVER_COL")))
      ;; The request eldoc makes, with eglot's own position, answered raw ...
      (cbo-put :hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
      ;; ... and as eglot renders it for the echo area.
      (let ((shown nil))
        (eglot-hover-eldoc-function (lambda (info &rest _) (setq shown (or info ""))))
        (cbo-wait "no hover from eldoc" 20 (lambda () shown))
        (cbo-put :hover_shown shown))
      (let* ((target (or (cl-find-if (lambda (d) (string-match-p (format "\\[%s\\]" fix-rule) (flymake-diagnostic-text d)))
                                     (flymake-diagnostics))
                         (error "Flymake shows no %s finding to fix" fix-rule)))
             (beg (flymake-diagnostic-beg target))
             (end (flymake-diagnostic-end target))
             (before (car (cbo-published yaml))))
        (cbo-put :actions (vconcat (eglot-code-actions beg end)))
        ;; M-x eglot-code-actions, then RET at the prompt: eglot offers the preferred action as
        ;; the default and applies what is chosen.
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt _coll &optional _pred _req _init _hist def &rest _)
                     (cbo-put :offered def)
                     def)))
          (let ((last-nonmenu-event ?\r))
            (eglot-code-actions beg end nil t)))
        (cbo-go-idle)
        (cbo-wait "no diagnostics after the fix" 30 (lambda () (> (car (cbo-published yaml)) before)))
        (cbo-put :after_fix (nth 1 (cbo-published yaml)))
        (cbo-put :text_after_fix (buffer-substring-no-properties (point-min) (point-max)))))
    (eglot-shutdown-all)
    ;; eglot reports what it dislikes in the server's messages as warnings (a *Warnings* window,
    ;; for a user): the test wants none.
    (let ((warnings (get-buffer "*Warnings*")))
      (cbo-put :warnings (if warnings (with-current-buffer warnings (buffer-string)) "")))))

(condition-case err
    (cbo-main)
  (error (cbo-put :error (error-message-string err))))
(cbo-write-report)
(kill-emacs 0)

;;; emacs-client.el ends here
