;;; wg-mode.el --- Major mode for .wg working-group charters  -*- lexical-binding: t -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages

;;; Commentary:

;; Editing working-group charters, the `.wg' files that wgc checks and
;; compiles: highlighting of kinds, keys and enumerated words (from the
;; schema table, through wg-schema.el), indentation by block, an index of
;; the declarations for imenu, `#' comments, and the diagnostics of
;; `wgc check' in the buffer through Flymake.
;;
;; With Eglot, `M-x eglot' (or `eglot-ensure' in `wg-mode-hook') starts
;; `wgc lsp', the language server: diagnostics as you type, completion,
;; documentation at point, go to definition, references, rename and quick
;; fixes.  Eglot then takes over from the Flymake backend here.
;;
;;   (add-to-list 'load-path "/path/to/wgc/editors/emacs")
;;   (require 'wg-mode)
;;   (add-hook 'wg-mode-hook #'flymake-mode)       ; wgc check on the fly
;;   ;; or, for everything the server gives:
;;   (add-hook 'wg-mode-hook #'eglot-ensure)

;;; Code:

(require 'flymake)
(require 'wg-schema)

(defgroup wg nil
  "Working-group charters (.wg files), checked by wgc."
  :group 'languages
  :prefix "wg-")

(defcustom wg-wgc-program "wgc"
  "The wgc program, for the Flymake backend and for Eglot."
  :type 'string)

(defcustom wg-indent-offset 2
  "Columns of indentation per block."
  :type 'integer
  :safe #'integerp)

;;; Syntax

(defvar wg-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?- "_" table)   ; `wg-strategy' is one name
    (modify-syntax-entry ?. "." table)
    (modify-syntax-entry ?, "." table)
    (modify-syntax-entry ?\; "." table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    table)
  "Syntax table for `wg-mode'.")

;;; Highlighting

(defun wg--words (words)
  "A regexp matching any of WORDS as a whole symbol."
  (concat "\\_<" (regexp-opt words t) "\\_>"))

(defun wg--statement-end ()
  "Where the statement at point ends: a `;', a `}' or the end of the line."
  (save-excursion (skip-chars-forward "^;}\n") (point)))

(defconst wg--name "\\(\\(?:\\sw\\|\\s_\\)+\\)"
  "A name: a run of word and symbol characters.")

(defun wg--font-lock-keywords ()
  "Highlighting from the schema's kinds, keys and words."
  (append
   `((,(concat (wg--words wg-schema-named-kinds) "[ \t]+" wg--name)
      (1 font-lock-keyword-face) (2 font-lock-function-name-face))
     (,(wg--words wg-schema-kinds) . font-lock-keyword-face)
     ;; Rule codes or names after `allow'.
     (,(wg--words wg-schema-rule-keys)
      ("\\_<\\(?:\\sw\\|\\s_\\)+\\_>" (wg--statement-end) nil (0 font-lock-preprocessor-face))))
   ;; A word of its key's set, after that key.
   (mapcar (lambda (entry)
             `(,(wg--words (list (car entry)))
               (,(wg--words (cdr entry)) (wg--statement-end) nil (1 font-lock-constant-face))))
           wg-schema-words)
   `((,(wg--words wg-schema-keys) . font-lock-builtin-face)
     ("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}\\(?:-[0-9]\\{2\\}\\)?\\_>" . font-lock-constant-face))))

;;; Indentation

(defun wg--continued-p ()
  "Whether the line before point's ends with a comma: a list goes on."
  (save-excursion
    (beginning-of-line)
    (skip-chars-backward " \t\n")
    (let ((ppss (syntax-ppss)))
      (when (nth 4 ppss) (goto-char (nth 8 ppss)) (skip-chars-backward " \t")))
    (eq (char-before) ?,)))

(defun wg-indent-line ()
  "Indent the current line: `wg-indent-offset' per open block, once more
for a line that continues a list."
  (interactive)
  (let* ((ppss (save-excursion (syntax-ppss (line-beginning-position))))
         (closing (save-excursion (back-to-indentation) (eq (char-after) ?})))
         (depth (max 0 (- (car ppss) (if closing 1 0))))
         (column (* wg-indent-offset (+ depth (if (wg--continued-p) 1 0)))))
    (if (nth 3 ppss)
        'noindent                       ; inside a """long string"""
      (let ((offset (- (current-column) (current-indentation))))
        (indent-line-to column)
        (when (> offset 0) (forward-char offset))))))

;;; Imenu

(defun wg--imenu-expression ()
  "One imenu group per named kind."
  (mapcar (lambda (kind)
            (list kind (concat "^[ \t]*" (regexp-quote kind) "[ \t]+" wg--name) 1))
          wg-schema-named-kinds))

;;; Flymake: `wgc check --format json'

(defvar-local wg--flymake-process nil
  "The `wgc check' running for this buffer, if any.")

(defun wg--position (source line column)
  "The position in SOURCE of LINE and COLUMN, both counted from 1; the
column counts characters, as Emacs does."
  (with-current-buffer source
    (save-excursion
      (save-restriction
        (widen)
        (goto-char (point-min))
        (forward-line (1- line))
        (min (+ (point) (max 0 (1- column))) (line-end-position))))))

(defun wg--flymake-diagnostics (source json)
  "Flymake diagnostics for SOURCE from wgc's JSON document JSON."
  (let (out)
    (dolist (d (alist-get 'diagnostics json))
      (let* ((beg (wg--position source (alist-get 'line d) (alist-get 'column d)))
             (end (wg--position source (alist-get 'end_line d) (alist-get 'end_column d)))
             (type (if (equal (alist-get 'severity d) "error") :error :warning)))
        (when (<= end beg)
          (setq end (min (1+ beg) (with-current-buffer source (point-max)))))
        (push (flymake-make-diagnostic
               source beg end type
               (format "%s %s: %s" (alist-get 'code d) (alist-get 'name d) (alist-get 'message d)))
              out)
        (dolist (n (alist-get 'notes d))
          (let ((at (wg--position source (alist-get 'line n) (alist-get 'column n))))
            (push (flymake-make-diagnostic source at (min (1+ at) (with-current-buffer source (point-max)))
                                           :note (alist-get 'message n))
                  out)))))
    (nreverse out)))

(defun wg--flymake-done (process source report-fn)
  "Report what PROCESS, a `wgc check' of SOURCE, found, through REPORT-FN."
  (with-current-buffer (process-buffer process)
    (goto-char (point-min))
    (condition-case err
        (funcall report-fn
                 (wg--flymake-diagnostics
                  source (json-parse-buffer :object-type 'alist :array-type 'list)))
      (error (funcall report-fn :panic
                      :explanation (format "wgc gave no diagnostics: %s" (error-message-string err)))))))

(defun wg-flymake (report-fn &rest _args)
  "A Flymake backend: `wgc check --format json' on the buffer's text,
reported through REPORT-FN."
  (unless (executable-find wg-wgc-program)
    (error "Cannot find the wgc program `%s'" wg-wgc-program))
  (when (process-live-p wg--flymake-process)
    (kill-process wg--flymake-process))
  (let ((source (current-buffer))
        (stderr (generate-new-buffer " *wg-flymake-stderr*")))
    (save-restriction
      (widen)
      (setq wg--flymake-process
            (make-process
             :name "wg-flymake" :noquery t :connection-type 'pipe :coding 'utf-8-unix
             :buffer (generate-new-buffer " *wg-flymake*")
             :stderr stderr
             :command (list wg-wgc-program "check" "--format" "json" "--color" "never" "-")
             :sentinel
             (lambda (process _event)
               (when (memq (process-status process) '(exit signal))
                 (unwind-protect
                     (if (and (buffer-live-p source)
                              (eq process (buffer-local-value 'wg--flymake-process source)))
                         (wg--flymake-done process source report-fn)
                       (flymake-log :debug "an older check of %s was dropped" source))
                   (kill-buffer (process-buffer process))
                   (kill-buffer stderr))))))
      (process-send-region wg--flymake-process (point-min) (point-max))
      (process-send-eof wg--flymake-process))))

;;; Eglot

(defvar eglot-server-programs)

(defun wg--eglot-contact (&optional _interactive)
  "How Eglot starts the server: `wgc lsp'."
  (list wg-wgc-program "lsp"))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(wg-mode . wg--eglot-contact)))

;;; The mode

;;;###autoload
(define-derived-mode wg-mode prog-mode "WG"
  "Major mode for .wg working-group charters, checked by wgc.

\\{wg-mode-map}"
  :syntax-table wg-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-end "")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local font-lock-defaults (list (wg--font-lock-keywords)))
  (setq-local indent-line-function #'wg-indent-line)
  (setq-local electric-indent-chars (append '(?}) electric-indent-chars))
  (setq-local imenu-generic-expression (wg--imenu-expression))
  (setq-local imenu-case-fold-search nil)
  (add-hook 'flymake-diagnostic-functions #'wg-flymake nil t))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.wg\\'" . wg-mode))

(provide 'wg-mode)
;;; wg-mode.el ends here
