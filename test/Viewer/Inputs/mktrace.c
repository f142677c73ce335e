/* mktrace: writes a sancov-dataflow trace file (abi.h), or a raw
 * kcov_dataflow buffer, from a line-oriented description on stdin. Used by
 * the viewer tests to build exact, and exactly broken, inputs.
 *
 *   mktrace [-s NM_OUTPUT]... [--raw=v1|v2|v3] -o OUT < description
 *
 * Lines ('#' starts a comment):
 *   header [pid=N] [kernel] [kaslr=HEX] [version=N] [magic=STR] [ptrsize=N]
 *          [hsize=N] [abi=N] [machine=N]
 *                                   (trace files; default written if absent;
 *                                    abi: the flags' SCDF_FILE_ABI field;
 *                                    machine: ELF e_machine, default 62)
 *   bias HEX                        (added to symbolic pcs)
 *   module [main] [kernel] [stext] base=HEX [size=HEX] path=STR [buildid=HEX]
 *   sections NAME=HEX...            (a sections chunk: each code section's
 *                                    name and load address)
 *   thread tid=N [dropped=N] [words=N] [remote] [compact]
 *                                   (starts a thread chunk; remote:
 *                                    SCDF_THREAD_REMOTE; compact: a
 *                                    THREAD_COMPACT chunk, whose records
 *                                    are FULL ones in slot=N, 0 by default,
 *                                    and words= counts bytes)
 *   bytes HEX HEX ...                (raw bytes in the current compact chunk)
 *   entry pc=PC idx=N size=N [ptr=HEX] [vals=V,V..] [seq=N] [nvals=N]
 *   ret pc=PC size=N [ptr=HEX] [vals=V,V..] [seq=N] [nvals=N]
 *   cmp pc=PC type=HEX vals=A,B [size=N] [seq=N] [nvals=N]
 *   remote handle=HEX pid=N cpu=N comm=STR [follow=N] [seq=N] [nvals=N]
 *                                   (a REMOTE record; follow: the words
 *                                    after it, by default up to the next
 *                                    remote or thread line or the end)
 *   pcentry pc=PC sp=HEX [seq=N]    (entry-exit records)
 *   pcexit pc=PC sp=HEX [seq=N]
 *   word HEX                        (a raw word in the current chunk)
 *   wordcount N                     (raw buffers: word 0)
 *   truncate N                      (cut N bytes off the end)
 * PC is SYMBOL[+OFF] (from the -s files: llvm-nm output, or any lines
 * "HEX TYPE NAME", plus the bias) or a number; V is a number or "fault"
 * (SCDF_UNREADABLE). nvals= overrides the header's value count without
 * changing the values written.
 */
#include "sancov-dataflow/abi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_WORDS (1u << 20)

static struct {
  char name[256];
  scdf_u64 addr;
} syms[8192];
static int nsyms;
static scdf_u64 bias;
static int raw; /* 0: trace file, 1..3: raw buffer format */
static scdf_u64 words[MAX_WORDS];
static unsigned nwords;
static FILE *out;
static int in_thread, have_header;
static scdf_u64 th_tid, th_dropped, th_words_override, th_flags;
static int th_words_set;
static int th_compact;  /* a THREAD_COMPACT chunk: words[] holds bytes */
static unsigned nbytes; /* bytes in words[] of a compact chunk */
/* The word of the last REMOTE record that counts the words after it, when
 * that count is left to mktrace; -1 if none is pending. */
static long follow_at = -1;
static unsigned seq;
static long long raw_count = -1;

static void die(const char *msg, const char *arg) {
  fprintf(stderr, "mktrace: %s%s\n", msg, arg ? arg : "");
  exit(2);
}

static scdf_u64 num(const char *s) {
  if (!strcmp(s, "fault"))
    return SCDF_UNREADABLE;
  if (*s == '-')
    return (scdf_u64)strtoll(s, NULL, 0);
  return strtoull(s, NULL, 0);
}

static scdf_u64 pc_of(const char *s) {
  char name[256];
  const char *plus = strchr(s, '+');
  size_t len = plus ? (size_t)(plus - s) : strlen(s);
  if ((s[0] >= '0' && s[0] <= '9'))
    return num(s);
  if (len >= sizeof(name))
    die("symbol too long: ", s);
  memcpy(name, s, len);
  name[len] = 0;
  for (int i = 0; i < nsyms; i++)
    if (!strcmp(syms[i].name, name))
      return bias + syms[i].addr + (plus ? num(plus + 1) : 0);
  die("unknown symbol: ", name);
  return 0;
}

/* key=value lookup in a tokenised line. */
static const char *arg(char **tok, int ntok, const char *key) {
  size_t k = strlen(key);
  for (int i = 1; i < ntok; i++)
    if (!strncmp(tok[i], key, k) && tok[i][k] == '=')
      return tok[i] + k + 1;
  return NULL;
}

static int flag(char **tok, int ntok, const char *key) {
  for (int i = 1; i < ntok; i++)
    if (!strcmp(tok[i], key))
      return 1;
  return 0;
}

static void put_byte(unsigned b) {
  if (nbytes == 8 * MAX_WORDS)
    die("too many bytes", NULL);
  ((unsigned char *)words)[nbytes++] = (unsigned char)b;
}

static void put(scdf_u64 w) {
  if (th_compact) {
    for (int i = 0; i < 8; i++)
      put_byte((unsigned)(w >> (8 * i)) & 0xff);
    return;
  }
  if (nwords == MAX_WORDS)
    die("too many words", NULL);
  words[nwords++] = w;
}

static void write_bytes(const void *p, size_t n) {
  if (fwrite(p, 1, n, out) != n)
    die("write failed", NULL);
}

static void write_header(scdf_u32 flags, scdf_u64 pid, scdf_u64 kaslr,
                         scdf_u32 version, const char *magic, unsigned ptrsize,
                         unsigned hsize, scdf_u16 machine) {
  struct scdf_file_header h;
  memset(&h, 0, sizeof(h));
  memcpy(h.magic, magic, 8);
  h.version = version;
  h.header_size = hsize;
  h.machine = machine;
  h.pointer_size = (scdf_u8)ptrsize;
  h.little_endian = 1;
  h.flags = flags;
  h.pid = pid;
  h.kaslr_offset = kaslr;
  write_bytes(&h, sizeof(h));
  for (unsigned i = sizeof(h); i < hsize; i++)
    fputc(0, out);
  have_header = 1;
}

static void ensure_header(void) {
  if (!have_header && !raw)
    write_header(0, 1, 0, SCDF_FILE_VERSION, SCDF_FILE_MAGIC, 8,
                 sizeof(struct scdf_file_header), 62);
}

static void end_session(void) {
  if (follow_at >= 0)
    words[follow_at] = nwords - (unsigned)follow_at - 1;
  follow_at = -1;
}

static void end_thread(void) {
  end_session();
  if (!in_thread)
    return;
  if (th_compact) /* the payload stays a multiple of 8 */
    nwords = (nbytes + 7) / 8;
  struct scdf_chunk c = {
      th_compact ? SCDF_CHUNK_THREAD_COMPACT : SCDF_CHUNK_THREAD, 0,
      sizeof(struct scdf_thread) + 8ull * nwords};
  scdf_u64 count = th_compact ? nbytes : nwords;
  struct scdf_thread t = {th_tid, th_words_set ? th_words_override : count,
                          th_dropped, th_flags};
  write_bytes(&c, sizeof(c));
  write_bytes(&t, sizeof(t));
  write_bytes(words, 8ull * nwords);
  memset(words, 0, 8ull * nwords);
  nwords = nbytes = 0;
  in_thread = th_compact = 0;
}

static void record(char **tok, int ntok, unsigned type) {
  const char *p = arg(tok, ntok, "pc");
  if (!p)
    die("record without pc=", NULL);
  scdf_u64 pc = pc_of(p);
  unsigned idx =
      type == SCDF_REC_ENTRY
          ? (unsigned)num(arg(tok, ntok, "idx") ? arg(tok, ntok, "idx") : "0")
          : 0;
  const char *sz = arg(tok, ntok, "size");
  unsigned size = sz ? (unsigned)num(sz) : 0;
  const char *pt =
      arg(tok, ntok,
          type == SCDF_REC_PC_ENTRY || type == SCDF_REC_PC_EXIT ? "sp" : "ptr");
  scdf_u64 ptr = pt ? num(pt) : 0;
  if (type == SCDF_REC_CMP) {
    const char *ty = arg(tok, ntok, "type");
    ptr = ty ? num(ty) : 0;
  }
  const char *sq = arg(tok, ntok, "seq");
  unsigned s = sq ? (unsigned)num(sq) : seq;
  seq = s + 1;
  scdf_u64 vals[SCDF_MAX_FIELDS];
  unsigned nv = 0;
  const char *vs = arg(tok, ntok, "vals");
  if (vs) {
    char buf[65536];
    snprintf(buf, sizeof(buf), "%s", vs);
    for (char *v = strtok(buf, ","); v; v = strtok(NULL, ","))
      vals[nv++] = num(v);
  }
  const char *nvo = arg(tok, ntok, "nvals");
  unsigned hdr_nv = nvo ? (unsigned)num(nvo) : nv;
  if (!in_thread && !raw)
    die("record outside a thread chunk", NULL);
  if (th_compact) {
    const char *sl = arg(tok, ntok, "slot");
    unsigned lead = SCDF_CREC_FULL | (unsigned)(sl ? num(sl) : 0)
                                         << SCDF_CREC_SLOT_SHIFT;
    put_byte(lead & 0xff);
    put_byte(lead >> 8);
  }
  if (raw == 3 || !raw) {
    put(scdf_rec_header(type, s, hdr_nv, size, idx));
    put(pc);
    put(ptr);
  } else {
    scdf_u64 h =
        ((scdf_u64)type << SCDF_REC_TYPE_SHIFT) | (s & SCDF_REC_SEQ_MASK);
    if (raw == 2)
      h |= ((scdf_u64)hdr_nv & 0xf) << 24;
    put(h);
    put(pc);
    put(((scdf_u64)idx << 56) | ((scdf_u64)size << 48) |
        (ptr & 0xffffffffffffull));
  }
  for (unsigned i = 0; i < nv; i++)
    put(vals[i]);
}

static void remote(char **tok, int ntok) {
  const char *v;
  scdf_u64 comm[2] = {0, 0};
  if (!in_thread && !raw)
    die("record outside a thread chunk", NULL);
  if (th_compact) /* remote chunks are kernel-only: never compact */
    die("remote record in a compact chunk", NULL);
  end_session();
  v = arg(tok, ntok, "comm");
  if (v)
    strncpy((char *)comm, v, sizeof(comm));
  v = arg(tok, ntok, "seq");
  unsigned s = v ? (unsigned)num(v) : seq;
  seq = s + 1;
  v = arg(tok, ntok, "nvals");
  put(scdf_rec_header(SCDF_REC_REMOTE, s, v ? (unsigned)num(v) : 4, 0, 0));
  put((v = arg(tok, ntok, "handle")) ? num(v) : 0);
  put((v = arg(tok, ntok, "pid")) ? num(v) : 0);
  put(comm[0]);
  put(comm[1]);
  put((v = arg(tok, ntok, "cpu")) ? num(v) : 0);
  if ((v = arg(tok, ntok, "follow"))) {
    put(num(v));
  } else {
    follow_at = (long)nwords;
    put(0);
  }
}

static void sections(char **tok, int ntok) {
  scdf_u64 size = 0;
  for (int i = 1; i < ntok; i++)
    size += sizeof(struct scdf_section) + (strcspn(tok[i], "=") + 7) / 8 * 8;
  struct scdf_chunk c = {SCDF_CHUNK_SECTIONS, 0, size};
  write_bytes(&c, sizeof(c));
  for (int i = 1; i < ntok; i++) {
    struct scdf_section e;
    size_t len = strcspn(tok[i], "=");
    if (!tok[i][len])
      die("want NAME=HEX: ", tok[i]);
    memset(&e, 0, sizeof(e));
    e.addr = num(tok[i] + len + 1);
    e.name_len = (scdf_u32)len;
    write_bytes(&e, sizeof(e));
    write_bytes(tok[i], len);
    for (size_t j = len; j % 8; j++)
      fputc(0, out);
  }
}

int main(int argc, char **argv) {
  const char *outpath = NULL;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-o") && i + 1 < argc) {
      outpath = argv[++i];
    } else if (!strcmp(argv[i], "-s") && i + 1 < argc) {
      /* llvm-nm output; several files may be given (vmlinux, modules). */
      const char *sympath = argv[++i];
      FILE *f = fopen(sympath, "r");
      char line[512], t[8], name[256];
      unsigned long long a;
      if (!f)
        die("cannot open ", sympath);
      while (fgets(line, sizeof(line), f) && nsyms < 8192)
        if (sscanf(line, "%llx %7s %255s", &a, t, name) == 3) {
          syms[nsyms].addr = a;
          snprintf(syms[nsyms].name, sizeof(syms[nsyms].name), "%s", name);
          nsyms++;
        }
      fclose(f);
    } else if (!strncmp(argv[i], "--raw=v", 7)) {
      raw = atoi(argv[i] + 7);
    } else {
      die("usage: mktrace [-s NM_OUTPUT]... [--raw=v1|v2|v3] -o OUT", NULL);
    }
  }
  if (!outpath)
    die("missing -o", NULL);
  out = fopen(outpath, "wb+");
  if (!out)
    die("cannot create ", outpath);

  char line[70000];
  long truncate_by = 0;
  while (fgets(line, sizeof(line), stdin)) {
    char *hash = strchr(line, '#');
    if (hash)
      *hash = 0;
    char *tok[64];
    int ntok = 0;
    for (char *t = strtok(line, " \t\r\n"); t && ntok < 64;
         t = strtok(NULL, " \t\r\n"))
      tok[ntok++] = t;
    if (!ntok)
      continue;
    const char *k = tok[0];
    if (!strcmp(k, "header")) {
      const char *v;
      scdf_u32 flags = 0;
      scdf_u64 kaslr = 0;
      if (flag(tok, ntok, "kernel"))
        flags |= SCDF_FILE_KERNEL;
      if ((v = arg(tok, ntok, "kaslr"))) {
        flags |= SCDF_FILE_HAS_KASLR;
        kaslr = num(v);
      }
      char magic[9] = SCDF_FILE_MAGIC;
      if ((v = arg(tok, ntok, "magic")))
        strncpy(magic, v, 8);
      v = arg(tok, ntok, "pid");
      scdf_u64 pid = v ? num(v) : 1;
      v = arg(tok, ntok, "version");
      scdf_u32 version = v ? (scdf_u32)num(v) : SCDF_FILE_VERSION;
      v = arg(tok, ntok, "ptrsize");
      unsigned ps = v ? (unsigned)num(v) : 8;
      v = arg(tok, ntok, "hsize");
      unsigned hs = v ? (unsigned)num(v) : sizeof(struct scdf_file_header);
      if ((v = arg(tok, ntok, "abi")))
        flags |= ((scdf_u32)num(v) & SCDF_FILE_ABI_MASK) << SCDF_FILE_ABI_SHIFT;
      v = arg(tok, ntok, "machine");
      scdf_u16 machine = v ? (scdf_u16)num(v) : 62;
      write_header(flags, pid, kaslr, version, magic, ps, hs, machine);
    } else if (!strcmp(k, "bias")) {
      bias = num(tok[1]);
    } else if (!strcmp(k, "module")) {
      ensure_header();
      end_thread();
      struct scdf_module m;
      const char *v;
      memset(&m, 0, sizeof(m));
      m.base = (v = arg(tok, ntok, "base")) ? num(v) : 0;
      m.size = (v = arg(tok, ntok, "size")) ? num(v) : 0;
      m.flags = (flag(tok, ntok, "main") ? SCDF_MODULE_MAIN : 0) |
                (flag(tok, ntok, "kernel") ? SCDF_MODULE_KERNEL : 0) |
                (flag(tok, ntok, "stext") ? SCDF_MODULE_STEXT : 0);
      const char *path = arg(tok, ntok, "path");
      if (!path)
        path = "";
      m.path_len = (scdf_u32)strlen(path);
      if ((v = arg(tok, ntok, "buildid"))) {
        for (; v[0] && v[1] && m.build_id_len < 32; v += 2) {
          char b[3] = {v[0], v[1], 0};
          m.build_id[m.build_id_len++] = (scdf_u8)strtoul(b, NULL, 16);
        }
      }
      if (flag(tok, ntok, "main"))
        bias = m.base;
      size_t padded = (m.path_len + 7) & ~7u;
      struct scdf_chunk c = {SCDF_CHUNK_MODULE, 0, sizeof(m) + padded};
      write_bytes(&c, sizeof(c));
      write_bytes(&m, sizeof(m));
      write_bytes(path, m.path_len);
      for (size_t i = m.path_len; i < padded; i++)
        fputc(0, out);
    } else if (!strcmp(k, "sections")) {
      ensure_header();
      end_thread();
      sections(tok, ntok);
    } else if (!strcmp(k, "thread")) {
      ensure_header();
      end_thread();
      const char *v;
      th_tid = (v = arg(tok, ntok, "tid")) ? num(v) : 1;
      th_dropped = (v = arg(tok, ntok, "dropped")) ? num(v) : 0;
      th_words_set = (v = arg(tok, ntok, "words")) != NULL;
      th_words_override = v ? num(v) : 0;
      th_flags = flag(tok, ntok, "remote") ? SCDF_THREAD_REMOTE : 0;
      th_compact = flag(tok, ntok, "compact");
      in_thread = 1;
      seq = 0;
    } else if (!strcmp(k, "entry")) {
      record(tok, ntok, SCDF_REC_ENTRY);
    } else if (!strcmp(k, "ret")) {
      record(tok, ntok, SCDF_REC_RET);
    } else if (!strcmp(k, "cmp")) {
      record(tok, ntok, SCDF_REC_CMP);
    } else if (!strcmp(k, "remote")) {
      remote(tok, ntok);
    } else if (!strcmp(k, "pcentry")) {
      record(tok, ntok, SCDF_REC_PC_ENTRY);
    } else if (!strcmp(k, "pcexit")) {
      record(tok, ntok, SCDF_REC_PC_EXIT);
    } else if (!strcmp(k, "bytes")) {
      if (!th_compact)
        die("bytes outside a compact thread chunk", NULL);
      for (int i = 1; i < ntok; i++)
        put_byte((unsigned)num(tok[i]));
    } else if (!strcmp(k, "word")) {
      put(num(tok[1]));
    } else if (!strcmp(k, "wordcount")) {
      raw_count = (long long)num(tok[1]);
    } else if (!strcmp(k, "truncate")) {
      truncate_by = (long)num(tok[1]);
    } else {
      die("unknown directive: ", k);
    }
  }
  if (raw) {
    end_session();
    scdf_u64 count = raw_count >= 0 ? (scdf_u64)raw_count : nwords;
    write_bytes(&count, 8);
    write_bytes(words, 8ull * nwords);
  } else {
    ensure_header();
    end_thread();
  }
  fflush(out);
  if (truncate_by) {
    long end = ftell(out);
    if (fseek(out, 0, SEEK_END) == 0)
      end = ftell(out);
    if (truncate_by > end)
      truncate_by = end;
    fclose(out);
    if (truncate(outpath, end - truncate_by) != 0)
      die("cannot truncate ", outpath);
    return 0;
  }
  fclose(out);
  return 0;
}
