/*
 * nosync: an LD_PRELOAD shim that turns fsync, fdatasync and syncfs (a
 * batch's group commit) into no-ops.
 * bench/run uses it for one extra measurement only, to show how much of
 * topset's time is the durability of its outputs (the floor and the peer
 * never sync); topset itself is always measured without it.
 */
int fsync(int fd);
int fdatasync(int fd);
int syncfs(int fd);

int
fsync(int fd)
{
    (void) fd;
    return 0;
}

int
fdatasync(int fd)
{
    (void) fd;
    return 0;
}

int
syncfs(int fd)
{
    (void) fd;
    return 0;
}
