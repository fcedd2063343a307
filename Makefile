# wgc: `make` builds build/wgc, `make check` runs every test, `make run`
# checks and compiles a bundled example. Generated C and objects go under
# build/ (B), never into the tree. Missing tools are installed by
# scripts/install-deps, which this Makefile runs when one is absent.

CC      = gcc
OPT     = -O2
CFLAGS  = -std=c11 $(OPT) -g -Wall -Wextra -Werror -D_DEFAULT_SOURCE $(EXTRA)
CPPFLAGS = -Icompiler -I$(B)/gen -MMD -MP
LDLIBS  = -lutf8proc -pthread
B       = build

# The library, libwg (docs/library.md), is runtime/ and compiler/ but for
# the files of the `wgc` command itself (DRIVER_SRC), the language server
# among them (compiler/lsp/, `wgc lsp`), which alone links jansson.
LSP_SRC      = $(wildcard compiler/lsp/*.c)
DRIVER_SRC   = compiler/main.c compiler/output.c compiler/explain.c compiler/io.c compiler/check.c \
               compiler/job.c compiler/publish.c compiler/fmt_main.c compiler/fmt_diff.c $(LSP_SRC)
LIB_SRC      = $(wildcard runtime/*.c) $(filter-out $(DRIVER_SRC),$(wildcard compiler/*.c))
GEN_SRC      = $(B)/gen/lexer.c $(B)/gen/grammar.c
LIB_OBJ      = $(LIB_SRC:%.c=$(B)/obj/%.o) $(GEN_SRC:$(B)/gen/%.c=$(B)/obj/gen/%.o)
DRIVER_OBJ   = $(DRIVER_SRC:%.c=$(B)/obj/%.o)
LSP_OBJ      = $(LSP_SRC:%.c=$(B)/obj/%.o)
LSP_LIBS     = -ljansson
UNIT_SRC     = $(wildcard tests/unit/test_*.c)
UNIT_BIN     = $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

# Library objects are position-independent (for libwg.so) and export only
# what wg.h marks WG_API.
LIB_CFLAGS   = -fPIC -fvisibility=hidden
SONAME       = libwg.so.2

all: $(B)/wgc

# --- dependencies --------------------------------------------------------
# Checked on every run (a few probes, milliseconds): whatever is missing
# is installed before anything needs it. Order-only below, so passing the
# check never rebuilds anything. `make` and `make run` need only the build
# tools; `make check` alone installs the test tools (and reaches npm).
$(B)/.deps: FORCE
	@scripts/install-deps build
	@mkdir -p $(B) && touch $@

test-deps: FORCE
	@scripts/install-deps test

FORCE:

# --- generated code --------------------------------------------------------
$(B)/gen/lexer.c: compiler/lexer.re $(B)/gen/grammar.h | $(B)/.deps
	@mkdir -p $(@D)
	re2c -W -Werror -b --no-generation-date --no-version -o $@ $<

$(B)/gen/grammar.c $(B)/gen/grammar.h &: compiler/grammar.y | $(B)/.deps
	@mkdir -p $(B)/gen
	lemon -q -d$(B)/gen $<

# Lemon's and re2c's output is not ours to tidy: a few warnings off, and
# NDEBUG, without which Lemon's parser checks for tracing at every token.
$(B)/obj/gen/%.o: $(B)/gen/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LIB_CFLAGS) -DNDEBUG -Wno-unused-parameter -Wno-unused-variable -Wno-sign-compare \
	  $(CPPFLAGS) -c -o $@ $<

# --- our code --------------------------------------------------------------
$(B)/obj/%.o: %.c $(B)/gen/grammar.h | $(B)/.deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(if $(filter $<,$(DRIVER_SRC)),,$(LIB_CFLAGS)) $(CPPFLAGS) -c -o $@ $<

# libwgc.a: the library's objects as they are, for wgc, the unit tests and
# the fuzzers, which may call inside it. Archives are made anew: `ar r`
# alone would keep the members of deleted files.
$(B)/libwgc.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

# libwg.a, the library as installed: one object whose hidden symbols are
# made local, so that only wg.h's wg_ names are global (a program may
# define its own `suggest`); and libwg.so, which exports just those.
$(B)/libwg.a: $(LIB_OBJ)
	ld -r -o $(B)/libwg.o $^
	objcopy --localize-hidden $(B)/libwg.o
	rm -f $@ && ar rcs $@ $(B)/libwg.o

$(B)/$(SONAME): $(LIB_OBJ)
	$(CC) -shared -Wl,-soname,$(SONAME) -o $@ $^ $(LDLIBS)

lib: $(B)/libwg.a $(B)/$(SONAME)

# --- installing the library (docs/library.md) ------------------------------
PREFIX  = /usr/local
LIBDIR  = $(PREFIX)/lib
INCDIR  = $(PREFIX)/include

install-lib: lib
	install -d $(DESTDIR)$(INCDIR) $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 644 runtime/wg.h $(DESTDIR)$(INCDIR)/wg.h
	install -m 644 $(B)/libwg.a $(DESTDIR)$(LIBDIR)/libwg.a
	install -m 755 $(B)/$(SONAME) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libwg.so
	printf '%s\n' 'prefix=$(PREFIX)' 'includedir=$(INCDIR)' 'libdir=$(LIBDIR)' '' \
	  'Name: wg' 'Description: the .wg charter compiler as a library' \
	  "Version: $$(sed -n 's/^#define WG_VERSION "\(.*\)"/\1/p' runtime/wg.h)" \
	  'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -lwg' 'Libs.private: -lutf8proc -pthread' > $(DESTDIR)$(LIBDIR)/pkgconfig/wg.pc

uninstall-lib:
	rm -f $(DESTDIR)$(INCDIR)/wg.h $(DESTDIR)$(LIBDIR)/libwg.a $(DESTDIR)$(LIBDIR)/$(SONAME) \
	  $(DESTDIR)$(LIBDIR)/libwg.so $(DESTDIR)$(LIBDIR)/pkgconfig/wg.pc

$(B)/wgc: $(DRIVER_OBJ) $(B)/libwgc.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS) $(LSP_LIBS)

# The unit tests may call the driver's files too (output.c), all but main().
TEST_OBJ = $(filter-out $(B)/obj/compiler/main.o $(B)/obj/compiler/fmt_main.o $(B)/obj/compiler/fmt_diff.o $(LSP_OBJ),$(DRIVER_OBJ))
$(B)/tests/%: tests/unit/%.c tests/unit/unit.h tests/unit/tree_digest.h tests/unit/fmt_facts.h \
              $(B)/libwgc.a $(TEST_OBJ)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(TEST_OBJ) $(B)/libwgc.a $(LDLIBS)

# The language server's unit tests link its objects too, and the line
# diff its formatting sends as edits.
$(B)/tests/test_lsp: tests/unit/test_lsp.c tests/unit/unit.h $(LSP_OBJ) $(B)/obj/compiler/fmt_diff.o \
                     $(B)/libwgc.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(LSP_OBJ) $(B)/obj/compiler/fmt_diff.o $(B)/libwgc.a \
	  $(LDLIBS) $(LSP_LIBS)

# The language server's transcript driver (tests/lsp/README.md).
LSP_DRIVER = $(B)/tests/lsp-driver
$(LSP_DRIVER): tests/lsp/driver.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $< $(LSP_LIBS)

# The library's own fixes, for tests/cli/check-fix.sh to compare with.
FIX_TOOL = $(B)/tests/apply-fixes
$(FIX_TOOL): tests/tools/apply_fixes.c runtime/wg.h $(B)/libwgc.a
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -o $@ $< $(B)/libwgc.a $(LDLIBS)

# The diff of `wgc fmt --diff` is driver code: its test compiles it in.
$(B)/tests/test_fmt_diff: compiler/fmt_diff.c compiler/fmt_main.h

$(B)/bench-%: bench/%.c
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -o $@ $<

# --- tasks -----------------------------------------------------------------
# The whole suite: plain build, then under ASan+UBSan, then valgrind,
# then what runs on two threads under ThreadSanitizer.
TSAN_UNITS = build/tsan/tests/test_parse_file build/tsan/tests/test_schema
check: test-deps $(B)/wgc $(UNIT_BIN) $(LSP_DRIVER) $(FIX_TOOL)
	$(MAKE) -s B=build/san CC=clang OPT=-O1 \
	  EXTRA="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  build/san/wgc units-san
	$(MAKE) -s B=build/tsan CC=clang OPT=-O1 EXTRA="-fsanitize=thread" build/tsan/wgc $(TSAN_UNITS)
	tests/run --all

# Only the plain build: the quick loop while developing.
test: $(B)/wgc $(UNIT_BIN) $(LSP_DRIVER) $(FIX_TOOL)
	tests/run

units-san: $(UNIT_BIN)

run: $(B)/wgc
	@mkdir -p out
	$(B)/wgc check examples/wgec.wg
	$(B)/wgc json -o out/wgec.json examples/wgec.wg
	$(B)/wgc dot -o out/wgec.dot examples/wgec.wg
	$(B)/wgc dot --render svg -o out/wgec.svg examples/wgec.wg
	$(B)/wgc html -o out/wgec.html examples/wgec.wg
	$(B)/wgc ics -o out/wgec.ics examples/wgec.wg
	$(B)/wgc status examples/wgec.wg
	@echo "wrote out/wgec.json, out/wgec.dot, out/wgec.svg, out/wgec.html and out/wgec.ics"

# After a change to the schema table: regenerate what is made from it.
generated: $(B)/wgc
	editors/gen $(B)/wgc
	man/gen $(B)/wgc
	$(B)/wgc schema --format markdown > docs/schema.md
	$(B)/wgc rules --format markdown > docs/rules.md
	$(B)/wgc dot --render svg -o docs/wgec-graph.svg examples/wgec.wg
	tests/tools/page-picture.sh $(B)/wgc docs/wgec-page.png

# The language server's edit-to-diagnostics latency (bench/lsp.sh).
bench-lsp: $(B)/wgc $(B)/bench-gen $(B)/bench-lsp
	WGC=$(B)/wgc GEN=$(B)/bench-gen LSPBENCH=$(B)/bench-lsp bench/lsp.sh

bench: $(B)/wgc $(B)/bench-gen $(B)/bench-measure
	WGC=$(B)/wgc GEN=$(B)/bench-gen MEASURE=$(B)/bench-measure bench/run.sh

# --- fuzzing (issue 6) ----------------------------------------------------
# `make fuzz FUZZ_SECONDS=N` builds the libFuzzer targets (tests/fuzz/*.c)
# with clang, ASan and UBSan, the compiler and runtime compiled straight
# in (not main.c), and runs each, niced, for N seconds on a working copy
# of the seed corpus in $(B)/fuzz, so tests/fuzz/corpus stays as
# committed. Crashes and timeouts land in $(B)/fuzz/artifacts: minimise
# each (-minimize_crash=1) into tests/fuzz/regressions, which `make check`
# replays (tests/cli/fuzz-regressions.sh).
FUZZ_SECONDS = 60
FUZZ_TARGETS = fuzz_pipeline fuzz_lexer fuzz_two_threads fuzz_round_trip fuzz_fixes fuzz_lsp \
               fuzz_fmt fuzz_driver fuzz_output
FUZZ_CFLAGS  = -std=c11 -O1 -g -D_DEFAULT_SOURCE -Wall -Wextra -Wno-unused-parameter \
               -Wno-unused-variable -Wno-sign-compare -fno-omit-frame-pointer \
               -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
FUZZ_SRC     = $(LIB_SRC) $(GEN_SRC)

$(B)/fuzz/%: tests/fuzz/%.c $(FUZZ_SRC) $(wildcard compiler/*.h compiler/lsp/*.h runtime/*.h) $(B)/gen/grammar.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -Icompiler -I$(B)/gen -o $@ $< $(FUZZ_SRC) $(FUZZ_EXTRA) $(LDLIBS)

# The driver's target runs the driver's files too, main.c without its
# main(); the output layer's takes output.c and checks the JSON it writes
# with jansson.
$(B)/fuzz/fuzz_driver: FUZZ_EXTRA = -DWGC_NO_MAIN $(DRIVER_SRC)
$(B)/fuzz/fuzz_driver: $(DRIVER_SRC)
$(B)/fuzz/fuzz_output: FUZZ_EXTRA = compiler/output.c compiler/io.c -ljansson
$(B)/fuzz/fuzz_output: compiler/output.c compiler/io.c

# The language server reads message streams, not charters: its target
# has its own seeds and dictionary (tests/fuzz/corpus-lsp, lsp.dict), and
# links the server (with the diff its formatting sends) and jansson.
$(B)/fuzz/fuzz_lsp: tests/fuzz/fuzz_lsp.c $(FUZZ_SRC) $(LSP_SRC) compiler/fmt_diff.c $(wildcard compiler/*.h compiler/lsp/*.h runtime/*.h) $(B)/gen/grammar.h
	@mkdir -p $(@D)
	clang $(FUZZ_CFLAGS) -Icompiler -I$(B)/gen -o $@ $< $(FUZZ_SRC) $(LSP_SRC) compiler/fmt_diff.c $(LDLIBS) $(LSP_LIBS)

fuzz: $(FUZZ_TARGETS:%=$(B)/fuzz/%)
	@mkdir -p $(B)/fuzz/artifacts
	@for t in $(FUZZ_TARGETS); do \
	  seeds="tests/fuzz/corpus/* tests/fuzz/regressions/*"; dict=tests/fuzz/wg.dict; \
	  if [ $$t = fuzz_lsp ]; then seeds="tests/fuzz/corpus-lsp/* tests/fuzz/regressions-lsp/*"; dict=tests/fuzz/lsp.dict; fi; \
	  mkdir -p $(B)/fuzz/corpus-$$t && \
	  cp $$seeds $(B)/fuzz/corpus-$$t/ 2>/dev/null; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  nice -n 19 $(B)/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	    -dict=$$dict -artifact_prefix=$(B)/fuzz/artifacts/$$t- \
	    $(B)/fuzz/corpus-$$t || exit 1; \
	done

.PHONY: fuzz
# --- end of fuzzing --------------------------------------------------------

# --- install ------------------------------------------------------------------
# `make install` (PREFIX=/usr/local, DESTDIR for staging a package): the
# binary, the man pages, the bash and zsh completions, and the editor
# files for Vim, Neovim and (when editors/emacs/ has them) Emacs, and the
# library (install-lib); `make uninstall` removes exactly those. Each
# entry is SOURCE=TARGET; tests/cli/install.sh lists what lands where.
DESTDIR =
BINDIR  = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
MANDIR  = $(DATADIR)/man
VIM_FILES = compiler/wgc.vim ftdetect/wg.vim ftplugin/wg.vim syntax/wg.vim
INSTALL_FILES = $(B)/wgc=$(BINDIR)/wgc \
  man/wgc.1=$(MANDIR)/man1/wgc.1 man/wg.5=$(MANDIR)/man5/wg.5 \
  completions/wgc.bash=$(DATADIR)/bash-completion/completions/wgc \
  completions/_wgc=$(DATADIR)/zsh/site-functions/_wgc \
  $(foreach f,$(VIM_FILES),editors/vim/$(f)=$(DATADIR)/vim/vimfiles/$(f)) \
  $(foreach f,$(VIM_FILES),editors/vim/$(f)=$(DATADIR)/nvim/site/$(f)) \
  $(foreach f,$(wildcard editors/emacs/*.el),$(f)=$(DATADIR)/emacs/site-lisp/$(notdir $(f)))

install: $(B)/wgc install-lib
	@set -e; for entry in $(INSTALL_FILES); do \
	  src=$${entry%%=*}; dst='$(DESTDIR)'$${entry#*=}; \
	  mode=644; [ "$$src" = $(B)/wgc ] && mode=755; \
	  install -D -m $$mode "$$src" "$$dst"; echo "  $$dst"; \
	done

uninstall: uninstall-lib
	@for entry in $(INSTALL_FILES); do \
	  dst='$(DESTDIR)'$${entry#*=}; [ -e "$$dst" ] && rm -f "$$dst" && echo "  removed $$dst"; \
	done; true

clean:
	rm -rf build out

.PHONY: all lib install-lib uninstall-lib check test test-deps units-san run generated bench \
  bench-lsp clean install uninstall
-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)
