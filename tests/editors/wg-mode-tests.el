;;; wg-mode-tests.el --- ERT tests of editors/emacs/wg-mode.el  -*- lexical-binding: t -*-

;;; Commentary:

;; Run by tests/cli/editor-emacs.sh in `emacs --batch', with WGC (the
;; binary) and TOP (the repository) in the environment and wg-mode.el on
;; the load path, byte-compiled.  Two tests start real processes: the
;; Flymake backend runs `wgc check', and Eglot, a second real client of
;; the language server, runs `wgc lsp' on a broken charter.

;;; Code:

(require 'ert)
(require 'wg-mode)
(require 'imenu)

(defvar wg-test-wgc (getenv "WGC"))
(defvar wg-test-top (getenv "TOP"))

(defconst wg-test-charter "\
# A charter
working_group W \"The group\" {
decides_by consensus
}
body CSTD \"Commission\"
deliverable report \"Report\" {
owner W
depends_on a,
b
status completed
}
topic T \"Topic\" {
recommendation 1 \"R\" { owner W }
}
"
  "A small charter, flush left, for indentation and highlighting.")

(defmacro wg-test-with-buffer (text &rest body)
  "Run BODY in a `wg-mode' buffer holding TEXT."
  (declare (indent 1))
  `(with-temp-buffer
     (insert ,text)
     (wg-mode)
     (font-lock-ensure)
     (goto-char (point-min))
     ,@body))

(defun wg-test-face-at (text)
  "The face of the first character of the first TEXT in the buffer."
  (save-excursion
    (goto-char (point-min))
    (search-forward text)
    (get-text-property (match-beginning 0) 'face)))

(ert-deftest wg-mode-auto-mode ()
  (should (eq (cdr (assoc "x.wg" auto-mode-alist #'string-match-p)) 'wg-mode)))

(ert-deftest wg-mode-font-lock ()
  (wg-test-with-buffer wg-test-charter
    (should (eq (wg-test-face-at "# A charter") 'font-lock-comment-delimiter-face))
    (should (eq (wg-test-face-at "working_group") 'font-lock-keyword-face))
    (should (eq (wg-test-face-at "W \"The") 'font-lock-function-name-face))
    (should (eq (wg-test-face-at "decides_by") 'font-lock-builtin-face))
    (should (eq (wg-test-face-at "consensus") 'font-lock-constant-face))
    (should (eq (wg-test-face-at "completed") 'font-lock-constant-face))
    (should (eq (wg-test-face-at "\"Commission\"") 'font-lock-string-face))
    ;; A word of a set is a constant only after its key.
    (should-not (eq (wg-test-face-at "a,") 'font-lock-constant-face))))

(ert-deftest wg-mode-indentation ()
  (wg-test-with-buffer wg-test-charter
    (indent-region (point-min) (point-max))
    (should (equal (buffer-string) "\
# A charter
working_group W \"The group\" {
  decides_by consensus
}
body CSTD \"Commission\"
deliverable report \"Report\" {
  owner W
  depends_on a,
    b
  status completed
}
topic T \"Topic\" {
  recommendation 1 \"R\" { owner W }
}
"))))

(ert-deftest wg-mode-imenu ()
  (wg-test-with-buffer wg-test-charter
    (let ((index (imenu--make-index-alist t)))
      (should (assoc "report" (cdr (assoc "deliverable" index))))
      (should (assoc "CSTD" (cdr (assoc "body" index))))
      (should (assoc "1" (cdr (assoc "recommendation" index)))))))

(ert-deftest wg-mode-comments ()
  (wg-test-with-buffer "body X \"x\"\n"
    (comment-region (point-min) (point-max))
    (should (equal (buffer-string) "# body X \"x\"\n"))
    (uncomment-region (point-min) (point-max))
    (should (equal (buffer-string) "body X \"x\"\n"))))

(defun wg-test-broken-charter ()
  "A buffer visiting a copy of tests/lsp/broken.wg."
  (let ((file (make-temp-file "wg-test" nil ".wg")))
    (copy-file (expand-file-name "tests/lsp/broken.wg" wg-test-top) file t)
    (find-file-noselect file)))

(defun wg-test-wait (predicate)
  "Wait up to 30 seconds for PREDICATE to hold, as an editor would: with
the hooks of commands and of redisplay run now and then, as Emacs's
command loop does (Eglot and Flymake put work off until them)."
  (let ((until (+ (float-time) 30)))
    (while (and (not (funcall predicate)) (< (float-time) until))
      (accept-process-output nil 0.05)
      (run-hooks 'post-command-hook 'window-configuration-change-hook))
    (funcall predicate)))

(ert-deftest wg-mode-flymake-backend ()
  (let* ((wg-wgc-program wg-test-wgc)
         (buffer (wg-test-broken-charter))
         (reported :none))
    (with-current-buffer buffer
      (should (eq major-mode 'wg-mode))
      (wg-flymake (lambda (diags &rest _) (setq reported diags)))
      (should (wg-test-wait (lambda () (not (eq reported :none)))))
      (let ((wg204 (seq-find (lambda (d) (string-prefix-p "WG204" (flymake-diagnostic-text d))) reported)))
        (should wg204)
        (should (eq (flymake-diagnostic-type wg204) :error))
        (goto-char (flymake-diagnostic-beg wg204))
        (should (looking-at "secretariatt"))
        (should (= (flymake-diagnostic-end wg204) (+ (point) (length "secretariatt")))))
      ;; The note of WG203 points at the first `CSTD'.
      (should (seq-find (lambda (d) (and (eq (flymake-diagnostic-type d) :note)
                                         (string-match-p "first declared" (flymake-diagnostic-text d))))
                        reported))
      (set-buffer-modified-p nil))
    (kill-buffer buffer)))

(ert-deftest wg-mode-eglot ()
  "Eglot starts `wgc lsp' and shows a broken charter's diagnostics."
  (require 'eglot)
  (let* ((wg-wgc-program wg-test-wgc)
         (buffer (wg-test-broken-charter)))
    (unwind-protect
        (with-current-buffer buffer
          (switch-to-buffer buffer)     ; Flymake starts on a buffer shown
          (let ((project-find-functions (list (lambda (_) (cons 'transient default-directory)))))
            (eglot-ensure)
            (should (wg-test-wait (lambda () (eglot-current-server)))))
          (should (wg-test-wait
                   (lambda ()
                     (seq-find (lambda (d) (string-match-p "secretariatt" (flymake-diagnostic-text d)))
                               (flymake-diagnostics)))))
          (let ((d (seq-find (lambda (d) (string-match-p "secretariatt" (flymake-diagnostic-text d)))
                             (flymake-diagnostics))))
            (goto-char (flymake-diagnostic-beg d))
            (should (looking-at "secretariatt")))
          ;; And it answers what eglot asks at point: the definition of CSTD.
          (goto-char (point-min))
          (search-forward "reports_to CSTD")
          (backward-char 2)
          (let ((loc (car (xref-backend-definitions 'eglot (xref-backend-identifier-at-point 'eglot)))))
            (should loc)
            (should (= (xref-location-line (xref-item-location loc)) 6)))
          (set-buffer-modified-p nil))
      (when (and (fboundp 'eglot-current-server) (with-current-buffer buffer (eglot-current-server)))
        (with-current-buffer buffer (eglot-shutdown (eglot-current-server))))
      (kill-buffer buffer))))

(provide 'wg-mode-tests)
;;; wg-mode-tests.el ends here
