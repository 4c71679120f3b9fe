#pragma once
// One run of the `named_pipes` scenario (on the scenario's thread).
#include "lab/RunContext.h"

#include <QByteArray>
#include <QCoreApplication>

#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace named_pipes {

class FifoRun {
    Q_DECLARE_TR_FUNCTIONS(named_pipes::FifoRun)
public:
    explicit FifoRun(lab::RunContext& ctx);
    ~FifoRun(); // removes the FIFO if this run made it
    void run();

private:
    struct Child {
        std::shared_ptr<lab::ChildProcess> proc;
        int report = -1; // read end of the child's report pipe
        QByteArray buf;
        bool eof = false;
        int lane = -1;
        ~Child();
    };
    bool preparePath();
    void removeFifo();
    std::unique_ptr<Child> spawn(const QString& worker, const QStringList& args,
                                 std::vector<lab::ChildProcess::FdMap> fds, const QString& role);
    // Reads report lines from the children until all reached EOF or handle() returns false.
    bool pump(const std::function<std::vector<Child*>()>& children, const std::function<bool(Child*, const QByteArray&)>& handle);
    qint64 recUs(qint64 monoNs) const { return monoNs / 1000 - m_offsetUs; }

    void failEarly(Child* c);
    bool exchange();
    // The steps of exchange(): a child's end, the writer's and the reader's report lines.
    bool childEnded(Child* c);
    bool writerLine(Child* c, const QByteArray& line, std::chrono::milliseconds delay, std::unique_ptr<Child>* reader);
    bool startReaderAfter(Child* writer, std::chrono::milliseconds delay, std::unique_ptr<Child>* reader);
    bool readerLine(Child* c, const QByteArray& line);
    bool finishExchange(Child& writer, Child& reader, qint64 t0);
    bool atomicity();
    // The steps of atomicity(): one record size at a time.
    struct AtomicityRun;
    bool atomicityRound(AtomicityRun& r, size_t i);
    bool startRecordWriters(AtomicityRun& r, qint64 size, Child* reader, std::vector<std::unique_ptr<Child>>* ws, qint64* t0);

    lab::RunContext& m_ctx;
    lab::Recorder& m_rec;
    qint64 m_offsetUs = 0;
    int m_lane = -1;
    QString m_path;
    bool m_created = false;
    bool m_removed = false;
    qint64 m_messages = 0;
    qint64 m_torn = 0;
};

} // namespace named_pipes
