# Stands in for a long kernel build in kernel-build-progress.test: prints
# kbuild-style lines, then runs until progress.sh has reported them (its
# stderr goes to $1; at most 30 s), then exits with status $2.
printf '  CC      init/main.o\n  HOSTCC  scripts/basic/fixdep\n'
printf '  CC [M]  fs/ext4/inode.o\n  AS      arch/x86/entry/entry_64.o\n'
printf '  LD      vmlinux.o\n'
i=0
until grep -q 'files compiled' "$1" 2>/dev/null || [ $i -ge 150 ]; do
  sleep 0.2
  i=$((i + 1))
done
exit "$2"
