// The German window on the demo shows no English sentence (docs/i18n.md): every label,
// button, tab, combo item, table header and cell (and their tool tips), chart title,
// series and axis title of every page. Values quoted from the files ("timed out waiting
// for the condition") and URLs are data, not text, and are left out of the check. Every
// decimal number there has the decimal comma (the Markdown keeps the dot, as the CSV).
#include "AnalysisSession.h"
#include "MainWindow.h"
#include "Settings.h"
#include "i18n/DisplayNumbers.h"
#include "i18n/UiLanguage.h"
#include "pages/Page.h"
#include "sources/Loader.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace gatehouse;
using namespace gatehouse::ui;

namespace {

// Words an English sentence can hardly do without and German never uses.
QString withoutData(QString text)
{
    static const QRegularExpression data(QStringLiteral("\"[^\"]*\"|https?://\\S+"));
    return text.remove(data);
}

bool readsEnglish(const QString &text)
{
    static const QRegularExpression words(QStringLiteral(
        "\\b(the|and|not|with|of|is|are|from|by|without|selected|found|failed|below|above|"
        "within|every|each|cannot|would|when|which|samples?|runs)\\b"));
    return words.match(withoutData(text)).hasMatch();
}

QStringList shownTexts(QWidget *page)
{
    QStringList texts;
    for (QLabel *l : page->findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        texts << b->text() << b->toolTip();
    for (QTabWidget *t : page->findChildren<QTabWidget *>())
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i) << t->tabToolTip(i);
    for (QComboBox *c : page->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            texts << c->itemText(i);
    for (QChartView *view : page->findChildren<QChartView *>()) {
        if (!view->chart())
            continue;
        texts << view->chart()->title();
        for (QAbstractSeries *s : view->chart()->series())
            texts << s->name();
        for (QAbstractAxis *a : view->chart()->axes())
            texts << a->titleText();
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *m = view->model();
        if (!m)
            continue;
        for (int c = 0; c < m->columnCount(); ++c)
            texts << m->headerData(c, Qt::Horizontal).toString()
                  << m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString();
        for (int r = 0; r < std::min(m->rowCount(), 100); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->index(r, c).data().toString()
                      << m->index(r, c).data(Qt::ToolTipRole).toString();
    }
    texts.removeDuplicates();
    return texts;
}

} // namespace

class TestGuiNoEnglish : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        UiLanguage::instance()->apply(LanguageChoice::German);
        m_window = std::make_unique<MainWindow>(
            std::make_unique<Settings>(m_tmp.filePath(QStringLiteral("de.ini"))));
        m_window->resize(1400, 900);
        m_window->show();
        m_window->session()->load({demoSourcePath()});
        m_window->session()->waitForLoaded();
    }

    void checkCanFail()
    {
        QVERIFY(readsEnglish(QStringLiteral("3 files could not be used")));
        QVERIFY(!readsEnglish(QStringLiteral("Feld „x“ ist leer, gefunden: \"the value\"")));
    }

    void germanPage_data()
    {
        QTest::addColumn<int>("page");
        for (int i = 0; i < MainWindow::PageCount; ++i)
            QTest::addRow("%s", qPrintable(MainWindow::pageKey(i))) << i;
    }

    void germanPage()
    {
        QFETCH(int, page);
        m_window->setCurrentPage(page); // pages refresh when shown
        QCoreApplication::processEvents();
        QStringList english, decimalPoints;
        for (const QString &text : shownTexts(m_window->page(page))) {
            if (readsEnglish(text))
                english << text;
            if (localizedNumbers(withoutData(text)) != withoutData(text))
                decimalPoints << text;
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("\n"))));
        QVERIFY2(decimalPoints.isEmpty(), qPrintable(decimalPoints.join(QStringLiteral("\n"))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        UiLanguage::instance()->apply(LanguageChoice::English);
    }
};

QTEST_MAIN(TestGuiNoEnglish)
#include "test_gui_no_english.moc"
