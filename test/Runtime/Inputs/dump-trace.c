/* dump-trace: a strict reader of sancov-dataflow trace files for the
 * runtime tests (the real viewer is tools/dataflow-view).
 *
 *   dump-trace FILE
 *
 * Prints one line per header, chunk and record:
 *
 *   HEADER version=1 machine=62 ptrsize=8 le=1 flags=0x0 pid=1234
 *   MODULE main base=0x... size=0x... build_id=<hex>|none path=/x/a.out
 *   THREAD #0 tid=1234 words=15 dropped=0        (compact chunks: bytes=N)
 *   #3 ENTRY f idx=0 size=4 value=0x2a ptr=0x7ffd...
 *   #4 ENTRY f idx=1 size=16 fields=0x7,0x9 ptr=0x7ffd...
 *   #5 RET f size=0 novalue ptr=0x0
 *   #6 PC_ENTRY g+0x1c size=0 novalue ptr=0x7ffd...
 *   #7 CMP g+0x2b size=4 ops=0x2a,0x64 type=0x5
 *   END modules=3 threads=1 records=6 dropped=0 seqgaps=0
 *
 * value= when the record has one value word, fields= when it has more
 * (ops= for the two operands of a CMP, whose word 2 is type=),
 * novalue when it has none. The function name comes from the ELF symbol
 * table of the module that contains pc (so tests need no debug info):
 * NAME when pc is the function's address (ABI A, B), NAME+0xOFF when it
 * lies inside it (the call sites of ABI C, D and PC_ENTRY/EXIT/RESUME);
 * THREAD #k numbers threads by first appearance; seqgaps counts places
 * where a thread's sequence numbers are not consecutive (across its
 * chunks, in file order). Any violation of the
 * format in abi.h prints "error: ..." and exits 1. Compact chunks are
 * decoded here independently of the viewer's decoder, so that the two
 * check each other.
 */
#include "sancov-dataflow/abi.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char *Data;
static size_t Size;

static void fail(const char *what, size_t off) {
  printf("error: %s at offset %zu\n", what, off);
  exit(1);
}

/* ---- symbols ------------------------------------------------------------ */
struct sym {
  scdf_u64 addr, size;
  char *name;
};
static struct sym *Syms;
static size_t NSyms, CapSyms;

static void add_sym(scdf_u64 addr, scdf_u64 size, const char *name) {
  if (NSyms == CapSyms) {
    CapSyms = CapSyms ? 2 * CapSyms : 256;
    Syms = realloc(Syms, CapSyms * sizeof(*Syms));
  }
  Syms[NSyms].addr = addr;
  Syms[NSyms].size = size;
  Syms[NSyms].name = strdup(name);
  NSyms++;
}

static void load_symbols(const char *path, scdf_u64 base) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc(n > 0 ? (size_t)n : 1);
  if (n <= 0 || fread(b, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    free(b);
    return;
  }
  fclose(f);
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)b;
  if ((size_t)n < sizeof(*eh) || memcmp(eh->e_ident, ELFMAG, SELFMAG) ||
      eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_shoff + (scdf_u64)eh->e_shnum * sizeof(Elf64_Shdr) > (size_t)n) {
    free(b);
    return;
  }
  const Elf64_Shdr *sh = (const Elf64_Shdr *)(b + eh->e_shoff);
  for (int pass = 0; pass < 2; pass++) {
    /* .symtab when present (static functions), else .dynsym. */
    for (int i = 0; i < eh->e_shnum; i++) {
      if (sh[i].sh_type != (pass == 0 ? SHT_SYMTAB : SHT_DYNSYM) ||
          sh[i].sh_link >= eh->e_shnum)
        continue;
      const Elf64_Shdr *strs = &sh[sh[i].sh_link];
      if (sh[i].sh_offset + sh[i].sh_size > (size_t)n ||
          strs->sh_offset + strs->sh_size > (size_t)n)
        continue;
      const Elf64_Sym *s = (const Elf64_Sym *)(b + sh[i].sh_offset);
      size_t cnt = sh[i].sh_size / sizeof(Elf64_Sym);
      for (size_t k = 0; k < cnt; k++) {
        if (ELF64_ST_TYPE(s[k].st_info) != STT_FUNC || s[k].st_value == 0 ||
            s[k].st_name >= strs->sh_size)
          continue;
        add_sym(base + s[k].st_value, s[k].st_size,
                (const char *)b + strs->sh_offset + s[k].st_name);
      }
      pass = 2;
      break;
    }
  }
  free(b);
}

static const char *sym_name(scdf_u64 pc, char *buf, size_t cap) {
  for (size_t i = 0; i < NSyms; i++)
    if (Syms[i].addr == pc)
      return Syms[i].name;
  for (size_t i = 0; i < NSyms; i++)
    if (pc - Syms[i].addr < Syms[i].size) {
      snprintf(buf, cap, "%s+0x%llx", Syms[i].name,
               (unsigned long long)(pc - Syms[i].addr));
      return buf;
    }
  return NULL;
}

static const char *type_name(unsigned type) {
  switch (type) {
  case SCDF_REC_ENTRY:
    return "ENTRY";
  case SCDF_REC_RET:
    return "RET";
  case SCDF_REC_CMP:
    return "CMP";
  case SCDF_REC_PC_ENTRY:
    return "PC_ENTRY";
  case SCDF_REC_PC_EXIT:
    return "PC_EXIT";
  case SCDF_REC_PC_RESUME:
    return "PC_RESUME";
  }
  return NULL;
}

/* ---- trace -------------------------------------------------------------- */
static scdf_u64 Tids[4096];
static int NTids;
static long long LastSeq[4096];
static int CurThread;
static unsigned long long SeqGaps;

static int thread_index(scdf_u64 tid) {
  for (int i = 0; i < NTids; i++)
    if (Tids[i] == tid)
      return i;
  if (NTids < 4096) {
    LastSeq[NTids] = -1;
    Tids[NTids++] = tid;
  }
  return NTids - 1;
}

static scdf_u64 word(size_t off) {
  scdf_u64 w;
  memcpy(&w, Data + off, 8);
  return w;
}

static unsigned long long Records, Dropped;

/* Prints the framed record at `at`, whose header is h and whose value words
 * are vals (NULL: read them after the header). */
static void print_record(size_t at, scdf_u64 h, scdf_u64 pc, scdf_u64 ptr,
                         const scdf_u64 *vals, long long seq) {
  unsigned type = SCDF_REC_TYPE(h), nv = SCDF_REC_NVALS(h);
  if (LastSeq[CurThread] >= 0 &&
      seq != ((LastSeq[CurThread] + 1) & (long long)SCDF_REC_SEQ_MASK))
    SeqGaps++;
  LastSeq[CurThread] = seq;
  char pcbuf[256];
  const char *name = sym_name(pc, pcbuf, sizeof(pcbuf));
  if (!name) {
    snprintf(pcbuf, sizeof(pcbuf), "0x%llx", (unsigned long long)pc);
    name = pcbuf;
  }
  printf("#%lld %s %s", seq, type_name(type), name);
  if (type == SCDF_REC_ENTRY)
    printf(" idx=%u", SCDF_REC_IDX(h));
  printf(" size=%u", SCDF_REC_SIZE(h));
  if (nv == 0)
    printf(" novalue");
  const char *many = type == SCDF_REC_CMP ? " ops=" : " fields=";
  for (unsigned v = 0; v < nv; v++)
    printf(
        "%s0x%llx", v == 0 ? (nv == 1 ? " value=" : many) : ",",
        (unsigned long long)(vals ? vals[v] : word(at + 24 + 8 * (size_t)v)));
  /* Word 2 of a CMP record is the comparison's type. */
  printf(" %s=0x%llx\n", type == SCDF_REC_CMP ? "type" : "ptr",
         (unsigned long long)ptr);
  Records++;
}

static void check_header(scdf_u64 h, size_t at) {
  unsigned type = SCDF_REC_TYPE(h), nv = SCDF_REC_NVALS(h);
  if ((h >> 24) & 0xf)
    fail("nonzero reserved bits 24..27 in record header", at);
  if (!type_name(type))
    fail("unknown record type", at);
  if (type != SCDF_REC_ENTRY && SCDF_REC_IDX(h) != 0)
    fail("RET or PC record with nonzero arg_idx", at);
  if ((type == SCDF_REC_PC_ENTRY || type == SCDF_REC_PC_EXIT ||
       type == SCDF_REC_PC_RESUME) &&
      (nv != 0 || SCDF_REC_SIZE(h) != 0))
    fail("PC record with a size or values", at);
  if (type == SCDF_REC_CMP && nv != 2)
    fail("CMP record without two operands", at);
}

/* ---- compact chunks (abi.h SCDF_CHUNK_THREAD_COMPACT) --------------------*/
struct slot {
  unsigned chunk; /* valid while equal to CurChunk */
  scdf_u64 h, pc, ptr;
  scdf_u64 vals[SCDF_CREC_DELTA_MAX_VALS];
};
static struct slot Slots[SCDF_CREC_SLOTS];
static unsigned CurChunk;

static scdf_u64 varint(size_t *at, size_t end) {
  scdf_u64 z = 0;
  for (unsigned i = 0; i < SCDF_CREC_VARINT_MAX; i++) {
    if (*at >= end)
      fail("varint runs past the chunk", *at);
    unsigned char b = Data[(*at)++];
    z |= (scdf_u64)(b & 0x7f) << (7 * i);
    if (!(b & 0x80))
      return (z >> 1) ^ (0 - (z & 1));
  }
  fail("varint longer than 10 bytes", *at);
  return 0;
}

static void dump_compact(size_t off, scdf_u64 bytes) {
  size_t at = off, end = off + bytes;
  long long next_seq = 0;
  CurChunk++;
  while (at < end) {
    size_t rec = at;
    if (end - at < SCDF_CREC_LEAD_BYTES)
      fail("compact lead runs past the chunk", at);
    unsigned lead = Data[at] | (unsigned)Data[at + 1] << 8;
    struct slot *s = &Slots[lead >> SCDF_CREC_SLOT_SHIFT];
    at += SCDF_CREC_LEAD_BYTES;
    if (lead & SCDF_CREC_FULL) {
      if (end - at < 24)
        fail("full record header runs past the chunk", at);
      scdf_u64 h = word(at);
      unsigned nv = SCDF_REC_NVALS(h);
      check_header(h, at);
      if (SCDF_RECORD_WORDS(nv) * 8 > end - at)
        fail("full record values run past the chunk", at);
      s->chunk = nv <= SCDF_CREC_DELTA_MAX_VALS ? CurChunk : 0;
      s->h = h;
      s->pc = word(at + 8);
      s->ptr = word(at + 16);
      for (unsigned v = 0; v < nv && s->chunk; v++)
        s->vals[v] = word(at + 24 + 8 * (size_t)v);
      next_seq = (SCDF_REC_SEQ(h) + 1) & SCDF_REC_SEQ_MASK;
      print_record(at, h, s->pc, s->ptr, NULL, SCDF_REC_SEQ(h));
      at += SCDF_RECORD_WORDS(nv) * 8;
      continue;
    }
    if (s->chunk != CurChunk)
      fail("delta record against an empty slot", rec);
    unsigned nv = SCDF_REC_NVALS(s->h), nb = nv > 1 ? (nv + 6) / 8 : 0;
    if ((lead & SCDF_CREC_VAL0_CHANGED) && nv == 0)
      fail("delta changes value 0 of a record without values", rec);
    if (end - at < nb)
      fail("delta bitmap runs past the chunk", at);
    size_t map = at;
    at += nb;
    if (lead & SCDF_CREC_PTR_CHANGED)
      s->ptr += varint(&at, end);
    if (lead & SCDF_CREC_VAL0_CHANGED)
      s->vals[0] += varint(&at, end);
    for (unsigned v = 1; v < nv; v++)
      if (Data[map + (v - 1) / 8] >> ((v - 1) % 8) & 1)
        s->vals[v] += varint(&at, end);
    print_record(rec, s->h, s->pc, s->ptr, s->vals, next_seq);
    next_seq = (next_seq + 1) & SCDF_REC_SEQ_MASK;
  }
}

static void dump_records(size_t off, scdf_u64 words) {
  scdf_u64 i = 0;
  while (i < words) {
    size_t at = off + i * 8;
    scdf_u64 h = word(at);
    if (words - i < SCDF_REC_HEADER_WORDS)
      fail("record header runs past the chunk's word count", at);
    unsigned nv = SCDF_REC_NVALS(h);
    check_header(h, at);
    if (SCDF_RECORD_WORDS(nv) > words - i)
      fail("record values run past the chunk's word count", at);
    /* Sequence numbers of a thread continue across its chunks; a gap means
     * records are missing (they should be counted as dropped). */
    print_record(at, h, word(at + 8), word(at + 16), NULL, SCDF_REC_SEQ(h));
    i += SCDF_RECORD_WORDS(nv);
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: dump-trace FILE\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    printf("error: cannot open %s\n", argv[1]);
    return 1;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  Size = n > 0 ? (size_t)n : 0;
  unsigned char *buf = malloc(Size + 1);
  if (Size && fread(buf, 1, Size, f) != Size)
    fail("short read", 0);
  fclose(f);
  Data = buf;

  struct scdf_file_header hdr;
  if (Size < sizeof(hdr))
    fail("file shorter than the header", 0);
  memcpy(&hdr, Data, sizeof(hdr));
  if (memcmp(hdr.magic, SCDF_FILE_MAGIC, 8))
    fail("bad magic", 0);
  if (hdr.version != SCDF_FILE_VERSION || hdr.header_size != sizeof(hdr) ||
      hdr.pointer_size != 8 || hdr.little_endian != 1)
    fail("unexpected header fields", 0);
  printf("HEADER version=%u machine=%u ptrsize=%u le=%u flags=0x%x pid=%llu\n",
         hdr.version, hdr.machine, hdr.pointer_size, hdr.little_endian,
         hdr.flags, (unsigned long long)hdr.pid);

  /* Pass 1: modules (symbols are needed before records are printed). */
  for (int pass = 0; pass < 2; pass++) {
    size_t off = hdr.header_size;
    int modules = 0, threads = 0, chunks = 0;
    while (off < Size) {
      struct scdf_chunk c;
      if (Size - off < sizeof(c))
        fail("truncated chunk header", off);
      memcpy(&c, Data + off, sizeof(c));
      size_t p = off + sizeof(c);
      if (c.size % 8)
        fail("chunk size not a multiple of 8", off);
      if (c.size > Size - p)
        fail("chunk runs past end of file", off);
      if (c.type == SCDF_CHUNK_MODULE) {
        struct scdf_module m;
        if (c.size < sizeof(m))
          fail("module chunk too small", off);
        memcpy(&m, Data + p, sizeof(m));
        if (sizeof(m) + m.path_len > c.size || m.build_id_len > 32)
          fail("module chunk fields out of range", off);
        char path[4096];
        size_t pl = m.path_len < sizeof(path) - 1 ? m.path_len : 0;
        memcpy(path, Data + p + sizeof(m), pl);
        path[pl] = '\0';
        modules++;
        if (pass == 0) {
          load_symbols(path, m.base);
        } else {
          printf("MODULE %s base=0x%llx size=0x%llx build_id=",
                 (m.flags & SCDF_MODULE_MAIN) ? "main" : "dso",
                 (unsigned long long)m.base, (unsigned long long)m.size);
          if (!m.build_id_len)
            printf("none");
          for (int i = 0; i < m.build_id_len; i++)
            printf("%02x", m.build_id[i]);
          printf(" path=%s\n", path);
        }
      } else if (c.type == SCDF_CHUNK_THREAD ||
                 c.type == SCDF_CHUNK_THREAD_COMPACT) {
        int compact = c.type == SCDF_CHUNK_THREAD_COMPACT;
        struct scdf_thread t;
        if (c.size < sizeof(t))
          fail("thread chunk too small", off);
        memcpy(&t, Data + p, sizeof(t));
        if (t.words > (c.size - sizeof(t)) / (compact ? 1 : 8))
          fail("thread chunk word count exceeds its size", off);
        if (t.flags)
          fail("thread chunk flags nonzero", off);
        threads++;
        if (pass == 1) {
          CurThread = thread_index(t.tid);
          printf("THREAD #%d tid=%llu %s=%llu dropped=%llu\n", CurThread,
                 (unsigned long long)t.tid, compact ? "bytes" : "words",
                 (unsigned long long)t.words, (unsigned long long)t.dropped);
          Dropped += t.dropped;
          if (compact)
            dump_compact(p + sizeof(t), t.words);
          else
            dump_records(p + sizeof(t), t.words);
        }
      } else if (c.type != SCDF_CHUNK_PAD) {
        if (pass == 1)
          printf("CHUNK type=%u size=%llu\n", c.type,
                 (unsigned long long)c.size);
      }
      chunks++;
      off = p + c.size;
    }
    if (pass == 1)
      printf("END modules=%d threads=%d records=%llu dropped=%llu "
             "seqgaps=%llu\n",
             modules, NTids, Records, Dropped, SeqGaps);
    (void)threads;
    (void)chunks;
  }
  return 0;
}
