/* pipe_baseline: the smallest program doing what the pplab `pipes` sweep does at one message
 * size — a parent writes messages of SIZE bytes into pipe(2), a forked child reads them — and
 * prints the throughput. The baseline for `pplab run pipes --set mode=sweep` (see
 * pipe_baseline.sh). With --checksum the reader also sums every byte the way pplab's does.
 *
 *   cc -O2 -o pipe_baseline pipe_baseline.c
 *   ./pipe_baseline [SIZE=65536] [TOTAL_MIB=2048] [--checksum]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int read_full(int fd, char* p, size_t n)
{
    size_t done = 0;
    while (done < n) {
        ssize_t r = read(fd, p + done, n - done);
        if (r == 0) return (int)(done == 0 ? 0 : -1);
        if (r < 0) { if (errno == EINTR) continue; return -1; }
        done += (size_t)r;
    }
    return 1;
}

static uint64_t message_sum(const unsigned char* p, size_t n) /* the same sum as pplab's */
{
    uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0, s, v[4];
    size_t i = 0;
    for (; i + 32 <= n; i += 32) { memcpy(v, p + i, 32); s0 += v[0]; s1 += v[1]; s2 += v[2]; s3 += v[3]; }
    s = s0 + 2 * s1 + 3 * s2 + 4 * s3;
    for (; i + 8 <= n; i += 8) { memcpy(v, p + i, 8); s += v[0]; }
    if (i < n) { v[0] = 0; memcpy(v, p + i, n - i); s += v[0]; }
    return s;
}

int main(int argc, char** argv)
{
    size_t size = argc > 1 ? strtoull(argv[1], 0, 10) : 65536;
    size_t total = (argc > 2 ? strtoull(argv[2], 0, 10) : 2048) << 20;
    int checksum = argc > 3 && strcmp(argv[3], "--checksum") == 0;
    size_t count = total / size;
    int fd[2];
    if (pipe(fd) < 0) { perror("pipe"); return 1; }
    char* buf = malloc(size);
    memset(buf, 'x', size);
    double t0 = now();
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[1]);
        uint64_t sum = 0, k = 0;
        int r;
        while ((r = read_full(fd[0], buf, size)) == 1)
            if (checksum) sum += ++k * message_sum((unsigned char*)buf, size);
        _exit(r == 0 ? (int)(sum & 1) * 0 : 2);
    }
    close(fd[0]);
    for (size_t k = 0; k < count; ++k) {
        memcpy(buf, &k, size < 8 ? size : 8);
        for (size_t off = 0; off < size;) {
            ssize_t w = write(fd[1], buf + off, size - off);
            if (w < 0) { if (errno == EINTR) continue; perror("write"); return 1; }
            off += (size_t)w;
        }
    }
    close(fd[1]);
    int status = 0;
    waitpid(pid, &status, 0);
    double secs = now() - t0;
    printf("pipe_baseline size=%zu messages=%zu checksum=%s: %.1f MiB/s, %.0f messages/s\n", size, count,
           checksum ? "yes" : "no", (double)(count * size) / secs / (1 << 20), count / secs);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
