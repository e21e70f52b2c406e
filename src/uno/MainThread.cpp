#include "MainThread.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <condition_variable>
#include <exception>
#include <mutex>

namespace salesprocess::extension {

namespace {
/// The job as the office's main loop sees it; the caller waits until it has run.
class Job : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit Job(std::function<void()> work) : m_work(std::move(work)) {}

    // XCallback
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try {
            m_work();
        } catch (...) {
            m_error = std::current_exception();
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
        m_finished.notify_all();
    }

    void wait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_finished.wait(lock, [this] { return m_done; });
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::function<void()> m_work;
    std::exception_ptr m_error;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_done = false;
};
} // namespace

void MainThread::run(const css::uno::Reference<css::uno::XComponentContext>& context,
                     std::function<void()> job)
{
    rtl::Reference<Job> callback(new Job(std::move(job)));
    css::awt::AsyncCallback::create(context)->addCallback(
        css::uno::Reference<css::awt::XCallback>(callback.get()), css::uno::Any());
    callback->wait();
}

} // namespace salesprocess::extension
