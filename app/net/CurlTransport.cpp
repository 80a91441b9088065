#include "CurlTransport.h"

#include "NetLog.h"
#include "UrlPolicy.h"

#include <QElapsedTimer>

#include <curl/curl.h>

#include <array>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

// A server that keeps sending headers would otherwise grow memory without bound; real answers
// carry a few hundred bytes of headers.
constexpr qint64 kMaxHeaderBytes = 256 * 1024;

CURLcode globalInit() {
    static std::once_flag once;
    static CURLcode result = CURLE_OK;
    // curl_global_init is not thread-safe and must run once per process before any easy handle.
    std::call_once(once, [] { result = curl_global_init(CURL_GLOBAL_DEFAULT); });
    return result;
}

// State of one transfer, shared with the curl callbacks.
struct Transfer {
    HttpResponse response;
    qint64 maxBodyBytes = 0;
    qint64 headerBytes = 0;
    const std::atomic_bool* cancel = nullptr;
    bool tooLarge = false;
    bool cancelled = false;

    bool cancelRequested() {
        if (cancel && cancel->load(std::memory_order_relaxed))
            cancelled = true;
        return cancelled;
    }
};

size_t onHeader(char* data, size_t size, size_t count, void* userData) {
    auto* transfer = static_cast<Transfer*>(userData);
    const size_t bytes = size * count;
    transfer->headerBytes += static_cast<qint64>(bytes);
    if (transfer->headerBytes > kMaxHeaderBytes) {
        transfer->tooLarge = true;
        return 0;
    }
    const QByteArray line = QByteArray(data, static_cast<qsizetype>(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new status line (after 100 Continue or another interim answer): only the final
        // response's headers count.
        transfer->response.headers.clear();
        return bytes;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return bytes; // the empty line ending the block, or garbage we ignore
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    QByteArray& slot = transfer->response.headers[name];
    slot = slot.isEmpty() ? value : slot + ", " + value;
    return bytes;
}

size_t onBody(char* data, size_t size, size_t count, void* userData) {
    auto* transfer = static_cast<Transfer*>(userData);
    const size_t bytes = size * count;
    if (transfer->cancelRequested())
        return 0;
    // Counted after decompression, so a small gzip bomb is caught here as well.
    if (transfer->response.body.size() + static_cast<qint64>(bytes) > transfer->maxBodyBytes) {
        transfer->tooLarge = true;
        return 0;
    }
    transfer->response.body.append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

int onProgress(void* userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    // Called at least about once a second even while the peer sends nothing, so a hanging
    // request still notices the cancel flag.
    return static_cast<Transfer*>(userData)->cancelRequested() ? 1 : 0;
}

bool isTlsError(CURLcode code) {
    switch (code) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
    case CURLE_USE_SSL_FAILED:
        return true;
    default:
        return false;
    }
}

Error mapCurlError(CURLcode code, const Transfer& transfer, const char* errorBuffer, const QUrl& url) {
    if (transfer.cancelled)
        return makeError(ErrorCode::kNetCancelled, u"request cancelled"_s);
    if (transfer.tooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return makeError(ErrorCode::kNetTooLarge,
                         u"response larger than the allowed %1 bytes"_s.arg(transfer.maxBodyBytes));

    QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    // curl's messages name host and port, not the URL; this keeps it so should that change.
    if (const QString query = url.query(QUrl::FullyEncoded); !query.isEmpty())
        detail.replace(query, u"…"_s);
    if (const QString query = url.query(QUrl::PrettyDecoded); !query.isEmpty())
        detail.replace(query, u"…"_s);

    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return makeError(ErrorCode::kNetConnect, detail);
    case CURLE_OPERATION_TIMEDOUT: // also the low-speed limit
        return makeError(ErrorCode::kNetTimeout, detail);
    default:
        if (isTlsError(code))
            return makeError(ErrorCode::kNetTls, detail);
        return makeError(ErrorCode::kNetOther, detail);
    }
}

bool isToken(const QByteArray& text) {
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    }
    return true;
}

using HeaderList = std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)>;

} // namespace

struct CurlTransport::Handle {
    CURL* easy = nullptr;
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

    Handle()
        : easy(globalInit() == CURLE_OK ? curl_easy_init() : nullptr) {}
    ~Handle() {
        if (easy)
            curl_easy_cleanup(easy);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
};

CurlTransport::CurlTransport(TransportLimits limits)
    : m_handle(std::make_unique<Handle>())
    , m_limits(limits) {}

CurlTransport::~CurlTransport() = default;

Result<HttpResponse> CurlTransport::send(const HttpRequest& request) {
    if (const Status allowed = UrlPolicy::check(request.url); !allowed)
        return allowed.error();
    if (!m_handle->easy)
        return makeError(ErrorCode::kNetOther, u"libcurl could not be initialised"_s);
    if (!isToken(request.method))
        return makeError(ErrorCode::kNetOther, u"invalid HTTP method"_s);

    HeaderList headers(nullptr, &curl_slist_free_all);
    auto addHeader = [&headers](const QByteArray& line) {
        curl_slist* extended = curl_slist_append(headers.get(), line.constData());
        if (!extended)
            return false;
        // The same list, one longer (or a new one when it was empty): ownership stays here.
        (void)headers.release();
        headers.reset(extended);
        return true;
    };
    for (const auto& [name, value] : request.headers) {
        if (!isToken(name) || value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return makeError(ErrorCode::kNetOther, u"invalid request header"_s);
        // "Name;" is curl's way to send an empty value; "Name:" would remove the header.
        if (!addHeader(value.isEmpty() ? name + ';' : name + ": " + value))
            return makeError(ErrorCode::kNetOther, u"out of memory"_s);
    }
    // Without this curl waits up to a second for "100 Continue" before sending larger bodies.
    if (!addHeader(QByteArrayLiteral("Expect:")))
        return makeError(ErrorCode::kNetOther, u"out of memory"_s);

    Transfer transfer;
    transfer.maxBodyBytes = m_limits.maxResponseBytes;
    transfer.cancel = m_cancel;
    if (transfer.cancelRequested())
        return makeError(ErrorCode::kNetCancelled, u"request cancelled"_s);

    CURL* easy = m_handle->easy;
    // Reset clears the previous request's options but keeps the connection cache, so the next
    // request to the same server reuses the open connection.
    curl_easy_reset(easy);
    m_handle->errorBuffer.fill('\0');

    const QUrl url = request.url.adjusted(QUrl::RemoveFragment);
    const QByteArray encodedUrl = url.toEncoded(QUrl::FullyEncoded);
    curl_easy_setopt(easy, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_handle->errorBuffer.data());
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_limits.connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(m_limits.totalTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_LIMIT, m_limits.lowSpeedBytes);
    curl_easy_setopt(easy, CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_limits.lowSpeedTime.count()));
    curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_limits.maxResponseBytes));
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    // Traffic to this computer must never detour through a configured proxy.
    if (UrlPolicy::isLoopbackHost(url.host()))
        curl_easy_setopt(easy, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &transfer);

    if (request.method == "GET") {
        curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
    } else if (request.method == "HEAD") {
        curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
    } else {
        // POSTFIELDS is not copied: request.body outlives curl_easy_perform.
        curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
        curl_easy_setopt(easy, CURLOPT_POSTFIELDS, request.body.constData());
        if (request.method != "POST")
            curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }

    QElapsedTimer timer;
    timer.start();
    const CURLcode code = curl_easy_perform(easy);
    const qint64 elapsedMs = timer.elapsed();
    long status = 0;
    curl_easy_getinfo(easy, CURLINFO_RESPONSE_CODE, &status);
    const Error error =
        code == CURLE_OK ? Error{} : mapCurlError(code, transfer, m_handle->errorBuffer.data(), url);
    // The header list, the Transfer and the request body die with this scope: leave the handle
    // (and its kept-alive connection) without pointers to them.
    curl_easy_reset(easy);

    const QString path = url.path();
    if (code != CURLE_OK) {
        qCDebug(lcNet).noquote() << request.method << path << "failed:" << error.code << elapsedMs << "ms";
        return error;
    }
    transfer.response.status = static_cast<int>(status);
    qCDebug(lcNet).noquote() << request.method << path << status << elapsedMs << "ms";
    return std::move(transfer.response);
}
