/* A power cut for the crash harness: remember what each fsync made durable, and nothing else.
 *
 * Loaded with LD_PRELOAD into the writer. When fsync() or fdatasync() returns successfully for a
 * file in $POWERCUT_FOLDER, the file's whole content is copied to $POWERCUT_SHADOW/ino-<inode>
 * before the call returns to SQLite (or Python); for that folder itself, its listing (inode and
 * name of each entry) goes to $POWERCUT_SHADOW/listing. After the writer is killed, the harness
 * builds the disk as a power cut would leave it: the names of the last synced listing, each with
 * the content of its last synced copy -- every write that was never synced is lost.
 *
 * The copy is made before fsync returns, so the writer never acts on a sync the model lacks.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int (*real_fsync)(int);
static int (*real_fdatasync)(int);

static int in_folder(int fd, char *path, size_t size) {
    const char *folder = getenv("POWERCUT_FOLDER");
    char link[64];
    ssize_t len;
    if (folder == NULL) return 0;
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    len = readlink(link, path, size - 1);
    if (len < 0) return 0;
    path[len] = 0;
    size_t flen = strlen(folder);
    return strncmp(path, folder, flen) == 0 && (path[flen] == 0 || path[flen] == '/');
}

static void remember(int fd) {
    const char *shadow = getenv("POWERCUT_SHADOW");
    char path[4096], tmp[4200], dst[4200];
    struct stat st;
    int saved = errno;
    if (shadow == NULL || fstat(fd, &st) != 0 || !in_folder(fd, path, sizeof path)) goto done;
    if (S_ISREG(st.st_mode)) {
        char buf[65536];
        off_t off = 0;
        ssize_t n;
        snprintf(tmp, sizeof tmp, "%s/.ino-%lu.tmp", shadow, (unsigned long)st.st_ino);
        snprintf(dst, sizeof dst, "%s/ino-%lu", shadow, (unsigned long)st.st_ino);
        int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0) goto done;
        while ((n = pread(fd, buf, sizeof buf, off)) > 0) {
            if (write(out, buf, (size_t)n) != n) break;
            off += n;
        }
        close(out);
        rename(tmp, dst);
    } else if (S_ISDIR(st.st_mode)) {
        DIR *dir = opendir(path);
        struct dirent *entry;
        FILE *out;
        if (dir == NULL) goto done;
        snprintf(tmp, sizeof tmp, "%s/.listing.tmp", shadow);
        snprintf(dst, sizeof dst, "%s/listing", shadow);
        out = fopen(tmp, "w");
        if (out == NULL) { closedir(dir); goto done; }
        while ((entry = readdir(dir)) != NULL) {
            if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
            fprintf(out, "%lu %s\n", (unsigned long)entry->d_ino, entry->d_name);
        }
        fclose(out);
        closedir(dir);
        rename(tmp, dst);
    }
done:
    errno = saved;
}

int fsync(int fd) {
    if (real_fsync == NULL) real_fsync = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    int rc = real_fsync(fd);
    if (rc == 0) remember(fd);
    return rc;
}

int fdatasync(int fd) {
    if (real_fdatasync == NULL) real_fdatasync = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    int rc = real_fdatasync(fd);
    if (rc == 0) remember(fd);
    return rc;
}
