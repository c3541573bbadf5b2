#include "saves.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "platform.h"

namespace ar::platform {

namespace fs = std::filesystem;

namespace {

fs::path save_path(const std::string& dir, std::string_view name) {
  return fs::path(dir) / (std::string(name) + ".json");
}

SaveWrite failed(const fs::path& file, const char* what, int err) {
  return {false, "could not save " + file.string() + ": " + what + " (" + std::strerror(err) + ")"};
}

// Writes all of `text` to `fd`, however the kernel splits it.
bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n == 0) errno = EIO;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

// After a rename, the folder's entry must reach the disk too, or a power cut can bring back the
// old name. The browser's in-memory folder has nothing to flush (IndexedDB is its disk).
bool sync_folder(const fs::path& dir) {
#ifdef __EMSCRIPTEN__
  (void)dir;
  return true;
#else
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  int err = errno;
  ::close(fd);
  errno = err;
  return ok;
#endif
}

}  // namespace

std::optional<std::string> read_save(const std::string& dir, std::string_view name) {
  if (!is_save_name(name)) return std::nullopt;
  std::string text;
  if (!read_text_file(save_path(dir, name).string(), text)) return std::nullopt;
  return text;
}

namespace {

// The whole text to a temp file beside `target`, flushed, then renamed over it.
SaveWrite write_whole(const fs::path& target, std::string_view text) {
  const fs::path dir = target.parent_path();
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return failed(dir, "could not create the folder", ec.value());
  // One temp file per process: two games writing at once never write into each other's temp.
  const fs::path tmp = fs::path(target.string() + "." + std::to_string(::getpid()) + ".tmp");
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed(tmp, "could not create the temp file", errno);
  const char* step = nullptr;
  if (!write_all(fd, text)) {
    step = "could not write the temp file";
  } else if (::fsync(fd) != 0) {  // the data on the disk before the rename makes it the save
    step = "could not flush the temp file to the disk";
  }
  int err = errno;
  if (::close(fd) != 0 && !step) {
    step = "could not close the temp file";
    err = errno;
  }
  if (!step && ::rename(tmp.c_str(), target.c_str()) != 0) {
    step = "could not replace the old save";
    err = errno;
  }
  if (step) {
    ::unlink(tmp.c_str());  // the old save stays as it was
    return failed(tmp, step, err);
  }
  // The new save is in place; only its survival of a power cut is in doubt if this fails.
  if (!sync_folder(dir)) return failed(target, "could not flush the folder", errno);
  return {true, {}};
}

// <dir>/<name>.<label>-<n>.json for the first n that is not taken, or "" when all are.
fs::path first_free(const std::string& dir, std::string_view name, std::string_view label) {
  std::error_code ec;
  for (int n = 1; n < 1000; ++n) {
    fs::path p = fs::path(dir) /
                 (std::string(name) + "." + std::string(label) + "-" + std::to_string(n) + ".json");
    if (!fs::exists(p, ec)) return p;
  }
  return {};
}

}  // namespace

SaveWrite write_save(const std::string& dir, std::string_view name, std::string_view text) {
  const fs::path target = save_path(dir, name);
  if (!is_save_name(name)) return failed(target, "not a save name", EINVAL);
  return write_whole(target, text);
}

SaveWrite write_file(const std::string& path, std::string_view text) {
  return write_whole(fs::path(path), text);
}

std::string keep_aside(const std::string& dir, std::string_view name) {
  if (!is_save_name(name)) return {};
  fs::path target = first_free(dir, name, "unreadable");
  if (target.empty()) return {};
  std::error_code ec;
  fs::rename(save_path(dir, name), target, ec);
  return ec ? std::string() : target.string();
}

std::string keep_copy(const std::string& dir, std::string_view name, std::string_view label,
                      std::string_view text) {
  if (!is_save_name(name) || !is_save_name(label)) return {};
  fs::path target = first_free(dir, name, label);
  if (target.empty() || !write_whole(target, text).ok) return {};
  return target.string();
}

}  // namespace ar::platform
