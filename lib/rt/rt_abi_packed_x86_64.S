/*===- rt_abi_packed_x86_64.S - ABI E's entry point on x86-64 -------------===*
 *
 * __sanitizer_cov_trace_packed keeps every general-purpose register but
 * r11 (abi.h; clang's preserve_most, which gcc has no attribute for). While
 * nothing records it is a compare and a return. Otherwise it saves the
 * registers the C convention lets rt_packed_record clobber (r11 too, which
 * keeps the stack 16-byte aligned at the call) and calls it with its own
 * six arguments, still in place. preserve_most does not keep the vector
 * registers, so neither does this.
 *
 *===----------------------------------------------------------------------===*/

#include <cet.h> /* _CET_ENDBR and the property note under -fcf-protection */

#define RT_OFF 3 /* rt.h's enum rt_status; rt_abi_packed.c checks it */

        .text
        .globl  __sanitizer_cov_trace_packed
        .type   __sanitizer_cov_trace_packed, @function
        .p2align 4
__sanitizer_cov_trace_packed:
        .cfi_startproc
        _CET_ENDBR
        cmpl    $RT_OFF, __scdf_rt_status_v(%rip)
        je      1f
        .irp    reg, rax, rcx, rdx, rsi, rdi, r8, r9, r10, r11
        pushq   %\reg
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset \reg, 0
        .endr
        call    __scdf_rt_packed_record
        .irp    reg, r11, r10, r9, r8, rdi, rsi, rdx, rcx, rax
        popq    %\reg
        .cfi_adjust_cfa_offset -8
        .cfi_restore \reg
        .endr
1:      ret
        .cfi_endproc
        .size   __sanitizer_cov_trace_packed, .-__sanitizer_cov_trace_packed

        .section .note.GNU-stack,"",@progbits
