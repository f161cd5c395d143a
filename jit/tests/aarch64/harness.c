/*
 * Runs JIT code that tests/aarch64.rs emitted to an object file, outside
 * mvm (under qemu-aarch64, or natively for the x86-64 object): it stands in
 * for the runtime with a goroutine context, the JIT's shims and the few
 * natives the kernels call, and prints each kernel's result words.
 *
 * The generated "kernels.h" defines:
 *   MVM_CTX_WORDS, MVM_CTX_PANICKING   size of the context, word of the flag
 *   MVM_DESCS      {address, size} of every type descriptor the kernels pass
 *                  to make_slice / new_object (addresses of the mvm process
 *                  that compiled them, used only as keys here)
 *   MVM_KERNELS    {name, frame trampoline, nargs, nresults, {args...}}
 * Calling convention (ADR 0008): a frame trampoline takes (ctx, words),
 * reads the arguments from the words and writes the results over them.
 *
 * Output, one line per kernel:
 *   NAME ok R0 R1 ...                     results as unsigned decimals
 *   NAME panic FID:LOC,FID:LOC MESSAGE    an escaped panic and its trace (- if
 *                                         no frame recorded one)
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*tramp_fn)(uint64_t *ctx, uint64_t *words);

struct desc {
    uint64_t addr, size;
};

struct kernel {
    const char *name;
    tramp_fn tramp;
    int nargs, nresults;
    uint64_t args[16];
};

#include "kernels.h"

static const struct desc descs[] = {MVM_DESCS{0, 0}};
static const struct kernel kernels[] = {MVM_KERNELS};

static char panic_msg[256];
static uint64_t trace[100][2];
static int ntrace;

static void fail(const char *what) {
    fflush(stdout);
    fprintf(stderr, "harness: %s\n", what);
    exit(3);
}

static void raise_msg(uint64_t *ctx, const char *msg) {
    if (!ctx[MVM_CTX_PANICKING]) {
        snprintf(panic_msg, sizeof panic_msg, "%s", msg);
        ntrace = 0;
    }
    ctx[MVM_CTX_PANICKING] = 1;
}

static uint64_t desc_size(uint64_t addr) {
    for (const struct desc *d = descs; d->addr; d++)
        if (d->addr == addr)
            return d->size;
    fail("type descriptor not in MVM_DESCS");
    return 0;
}

static void *zalloc(uint64_t bytes) {
    void *p = calloc(1, bytes ? bytes : 1);
    if (!p)
        fail("out of memory");
    return p;
}

/* ---- shims (jit/src/shims.rs) ---- */

void mvm_shim_trace(uint64_t *ctx, uint64_t fid, uint64_t loc) {
    (void)ctx;
    if (ntrace < 100) {
        trace[ntrace][0] = fid;
        trace[ntrace][1] = loc;
        ntrace++;
    }
}

/* No kernel defers: nothing to run, nothing recovers. */
uint64_t mvm_shim_unwind(uint64_t *ctx, uint64_t marker) {
    (void)ctx;
    (void)marker;
    return 0;
}

void mvm_shim_raise_index(uint64_t *ctx, int64_t i, int64_t len) {
    char m[128];
    if (i < 0)
        snprintf(m, sizeof m, "runtime error: index out of range [%" PRId64 "]", i);
    else
        snprintf(m, sizeof m, "runtime error: index out of range [%" PRId64 "] with length %" PRId64, i, len);
    raise_msg(ctx, m);
}

void mvm_shim_raise_nil(uint64_t *ctx) {
    raise_msg(ctx, "runtime error: invalid memory address or nil pointer dereference");
}

void mvm_shim_raise_div(uint64_t *ctx) { raise_msg(ctx, "runtime error: integer divide by zero"); }

void mvm_shim_raise_unreachable(uint64_t *ctx) { raise_msg(ctx, "runtime error: internal error: unreachable code"); }

/* Only programs that start goroutines count down the time slice. */
void mvm_shim_preempt(uint64_t *ctx) { (void)ctx; }

void mvm_shim_call_interp(uint64_t *ctx, void *fi, uint64_t *words, uint64_t n) {
    (void)ctx;
    (void)fi;
    (void)words;
    (void)n;
    fail("call of a function that is not in the object");
}

void mvm_shim_stack_overflow(uint64_t *ctx) {
    (void)ctx;
    fail("stack overflow");
}

/* ---- natives (runtime/src/slices.rs), (ctx, words) ---- */

/* (elem type, len, cap) -> zeroed backing array */
void mvm_native_make_slice(uint64_t *ctx, uint64_t *a) {
    int64_t len = (int64_t)a[1], cap = (int64_t)a[2];
    if (len < 0 || cap < len) {
        raise_msg(ctx, "runtime error: makeslice: len out of range");
        return;
    }
    a[0] = (uint64_t)(uintptr_t)zalloc((uint64_t)cap * desc_size(a[0]));
}

/* (type) -> new zeroed object */
void mvm_native_new_object(uint64_t *ctx, uint64_t *a) {
    (void)ctx;
    a[0] = (uint64_t)(uintptr_t)zalloc(desc_size(a[0]));
}

/* (size, noscan) -> new zeroed memory */
void mvm_native_alloc(uint64_t *ctx, uint64_t *a) {
    (void)ctx;
    a[0] = (uint64_t)(uintptr_t)zalloc(a[0]);
}

/* (dst ptr, dst len, src ptr, src len, elem size) -> n copied */
void mvm_native_slice_copy(uint64_t *ctx, uint64_t *a) {
    (void)ctx;
    uint64_t n = a[1] < a[3] ? a[1] : a[3];
    if (n && a[4])
        memmove((void *)(uintptr_t)a[0], (const void *)(uintptr_t)a[2], n * a[4]);
    a[0] = n;
}

/* (dst, src, bytes) */
void mvm_native_mem_move(uint64_t *ctx, uint64_t *a) {
    (void)ctx;
    if (a[2])
        memmove((void *)(uintptr_t)a[0], (const void *)(uintptr_t)a[1], a[2]);
}

/* (dst, bytes) */
void mvm_native_mem_zero(uint64_t *ctx, uint64_t *a) {
    (void)ctx;
    if (a[1])
        memset((void *)(uintptr_t)a[0], 0, a[1]);
}

int main(void) {
    static uint64_t ctx[MVM_CTX_WORDS];
    for (size_t k = 0; k < sizeof kernels / sizeof kernels[0]; k++) {
        const struct kernel *kn = &kernels[k];
        uint64_t words[16] = {0};
        memcpy(words, kn->args, sizeof words);
        memset(ctx, 0, sizeof ctx);
        ntrace = 0;
        kn->tramp(ctx, words);
        if (ctx[MVM_CTX_PANICKING]) {
            printf("%s panic ", kn->name);
            if (!ntrace)
                printf("-");
            for (int i = 0; i < ntrace; i++)
                printf("%s%" PRIu64 ":%" PRIu64, i ? "," : "", trace[i][0], trace[i][1]);
            printf(" %s\n", panic_msg);
            continue;
        }
        printf("%s ok", kn->name);
        for (int i = 0; i < kn->nresults; i++)
            printf(" %" PRIu64, words[i]);
        printf("\n");
    }
    return 0;
}
