#include "TestSupport.h"
#include "common/Prompter.h"
#include "common/Workspace.h"
#include "conflicts/EditConflictDialog.h"
#include "conflicts/EditConflictModel.h"
#include "programmes/PrerequisiteEditor.h"
#include "programmes/ProgrammeEditor.h"
#include "programmes/ProgrammeTableModel.h"
#include "programmes/ProgrammesPage.h"
#include "records/ProgrammeStore.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace hubreg;
using namespace hubreg::ui;

// The Programmes screen driven as a person would: widgets found by name, typed into, clicked.
class TestProgrammesEditor : public QObject
{
    Q_OBJECT

private slots:
    // A message box nobody answers would wait for ever; the tests read Prompter::lastMessage().
    void initTestCase() { Prompter::setNonInteractive(true); }
    void init();
    void cleanup();
    void savesTookPartInRule();
    void savesAnyGroupWithMasterySpecialist();
    void showsStoredRuleAsTree();
    void validatesAsTheUserTypes();
    void incompleteRuleCannotBeSaved();
    void savesThresholdAndNewProgramme();
    void asksBeforeLeavingUnsavedChanges();
    void removingSimpleRuleOpensToEveryone();
    void tableListsCatalogue();
    void aSavedChangeIsUndoneAndRedone();
    void anAddedProgrammeIsUndoneAndRedone();
    void aRemovedProgrammeIsPutBackByUndo();
    void undoOverSomeoneElsesChangeIsRefused();
    void aSaveAfterSomeoneElsesChangeIsMerged();

private:
    template<typename T> T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no widget named %s", name);
        return found;
    }
    void trigger(const char *actionName) const { child<QAction>(actionName)->trigger(); }
    void tick(const QString &code) const;
    void select(const QString &code) const;
    Programme stored(const QString &code) const
    {
        return *ProgrammeStore(m_temp->db()).findByCode(code);
    }

    std::unique_ptr<test::TempDatabase> m_temp;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ProgrammesPage> m_page;
};

void TestProgrammesEditor::init()
{
    m_temp = std::make_unique<test::TempDatabase>();
    m_undo = std::make_unique<QUndoStack>();
    m_workspace = std::make_unique<Workspace>(m_temp->db(), m_undo.get(), nullptr);
    m_page = std::make_unique<ProgrammesPage>(*m_workspace);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestProgrammesEditor::cleanup()
{
    m_page.reset();
    m_workspace.reset();
    m_undo.reset();
    m_temp.reset();
}

void TestProgrammesEditor::tick(const QString &code) const
{
    auto *list = child<QListWidget>("prerequisiteProgrammesListWidget");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    qFatal("programme %s is not offered", qPrintable(code));
}

void TestProgrammesEditor::select(const QString &code) const
{
    auto *table = child<QTableView>("programmeTableView");
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ProgrammeTableModel::Code);
        if (index.data().toString() == code) {
            table->setCurrentIndex(index);
            return;
        }
    }
    qFatal("programme %s is not listed", qPrintable(code));
}

void TestProgrammesEditor::savesTookPartInRule()
{
    select(QStringLiteral("TFM-INTRO"));
    QCOMPARE(child<QLineEdit>("codeLineEdit")->text(), QStringLiteral("TFM-INTRO"));
    auto *save = child<QPushButton>("saveProgrammePushButton");
    QVERIFY(!save->isEnabled());

    trigger("addTookPartInAction");
    QVERIFY(!save->isEnabled()); // no programme ticked yet
    tick(QStringLiteral("TFM-DEV"));
    QVERIFY(save->isEnabled());
    QCOMPARE(child<QLabel>("prerequisiteSummaryLabel")->text(),
             QStringLiteral("In words: took part in TFM-DEV."));
    QTest::mouseClick(save, Qt::LeftButton);

    const Programme saved = stored(QStringLiteral("TFM-INTRO"));
    QCOMPARE(saved.prerequisites.toJson(),
             QStringLiteral(R"({"kind":"tookPartIn","programmes":["TFM-DEV"]})"));
    QVERIFY(!m_page->editor()->isModified());
    QVERIFY(!save->isEnabled());
}

void TestProgrammesEditor::savesAnyGroupWithMasterySpecialist()
{
    select(QStringLiteral("P-SL"));
    trigger("addAnyGroupAction"); // the new group becomes current...
    trigger("addTookPartInAction"); // ...so this goes inside it
    tick(QStringLiteral("TFM-EMB"));
    tick(QStringLiteral("TFM-SUS"));
    auto *tree = child<QTreeWidget>("prerequisiteTreeWidget");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // the any-group
    trigger("addMasterySpecialistAction");
    QTest::mouseClick(child<QPushButton>("saveProgrammePushButton"), Qt::LeftButton);

    QCOMPARE(
        stored(QStringLiteral("P-SL")).prerequisites.toJson(),
        QStringLiteral(
            R"({"kind":"any","rules":[{"kind":"tookPartIn","programmes":["TFM-EMB","TFM-SUS"]},)"
            R"({"kind":"masterySpecialist"}]})"));
}

void TestProgrammesEditor::showsStoredRuleAsTree()
{
    select(QStringLiteral("TFM-SUS"));
    auto *tree = child<QTreeWidget>("prerequisiteTreeWidget");
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("Any of these"));
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("Took part in TFM-DEV or TFM-EMB"));
    QCOMPARE(root->child(1)->text(0), QStringLiteral("Has a Mastery Specialist"));
    // Choosing "all" instead changes the rule, and only when asked to save is it stored.
    tree->setCurrentItem(tree->topLevelItem(0));
    auto *kind = child<QComboBox>("groupKindComboBox");
    kind->setCurrentIndex(kind->findData(int(EligibilityRule::Kind::All)));
    QCOMPARE(m_page->editor()->programme().prerequisites.kind, EligibilityRule::Kind::All);
    QCOMPARE(stored(QStringLiteral("TFM-SUS")).prerequisites.kind, EligibilityRule::Kind::Any);
}

void TestProgrammesEditor::validatesAsTheUserTypes()
{
    select(QStringLiteral("TFM-INTRO"));
    auto *code = child<QLineEdit>("codeLineEdit");
    auto *save = child<QPushButton>("saveProgrammePushButton");
    auto *problems = child<QLabel>("validationLabel");
    code->selectAll();
    QTest::keyClick(code, Qt::Key_Delete);
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(QStringLiteral("Give the programme a code")));

    QTest::keyClicks(code, QStringLiteral("TFM-DEV"));
    QVERIFY(!save->isEnabled());
    QCOMPARE(problems->text(),
             QStringLiteral("“TFM-DEV” is already the code of “Teaching for Mastery "
                            "Development Work Group”."));
    QTest::keyClicks(code, QStringLiteral("-2"));
    QVERIFY(save->isEnabled());
    QVERIFY(!problems->isVisible());

    auto *title = child<QLineEdit>("titleLineEdit");
    title->clear();
    QVERIFY(!save->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("Give the programme a title.")));
}

void TestProgrammesEditor::incompleteRuleCannotBeSaved()
{
    select(QStringLiteral("TFM-INTRO"));
    trigger("addAllGroupAction");
    auto *save = child<QPushButton>("saveProgrammePushButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("validationLabel")
                ->text()
                .contains(QStringLiteral("A group needs at least one condition")));
    trigger("addBarrierAction");
    QVERIFY(save->isEnabled());
    QVERIFY(m_page->editor()->save());
    QCOMPARE(stored(QStringLiteral("TFM-INTRO")).prerequisites.toJson(),
             QStringLiteral(R"({"kind":"barrier"})"));
}

void TestProgrammesEditor::savesThresholdAndNewProgramme()
{
    select(QStringLiteral("MN"));
    child<QSpinBox>("completionThresholdSpinBox")->setValue(80);
    QVERIFY(m_page->editor()->save());
    QCOMPARE(stored(QStringLiteral("MN")).completionThreshold, 80);
    QCOMPARE(stored(QStringLiteral("MN")).prerequisites.toJson(),
             QStringLiteral(R"({"kind":"notTakenPartIn","programmes":["MN"]})"));

    QTest::mouseClick(child<QPushButton>("newProgrammePushButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("codeLineEdit")->text(), QString());
    QTest::keyClicks(child<QLineEdit>("codeLineEdit"), QStringLiteral("LOCAL-1"));
    QTest::keyClicks(child<QLineEdit>("titleLineEdit"), QStringLiteral("Local Fractions Project"));
    auto *phase = child<QComboBox>("phaseComboBox");
    phase->setCurrentIndex(phase->findData(int(Phase::Secondary)));
    trigger("addNotTakenPartInAction");
    tick(QStringLiteral("S-TFM-DEV"));
    QTest::mouseClick(child<QPushButton>("saveProgrammePushButton"), Qt::LeftButton);
    const Programme added = stored(QStringLiteral("LOCAL-1"));
    QCOMPARE(added.title, QStringLiteral("Local Fractions Project"));
    QCOMPARE(added.phase, Phase::Secondary);
    QCOMPARE(added.prerequisites.toJson(),
             QStringLiteral(R"({"kind":"notTakenPartIn","programmes":["S-TFM-DEV"]})"));
    QVERIFY(m_page->model()->rowOf(added.id) >= 0);
    QCOMPARE(child<QTableView>("programmeTableView")
                 ->currentIndex()
                 .data(ProgrammeTableModel::IdRole)
                 .toLongLong(),
             added.id);
}

void TestProgrammesEditor::asksBeforeLeavingUnsavedChanges()
{
    select(QStringLiteral("SKTM-P"));
    QTest::keyClicks(child<QLineEdit>("strandLineEdit"), QStringLiteral(" (pilot)"));
    Prompter::setNextAnswer(QMessageBox::Cancel);
    select(QStringLiteral("SKTM-TA"));
    QCOMPARE(child<QLineEdit>("codeLineEdit")->text(), QStringLiteral("SKTM-P")); // stayed

    Prompter::setNextAnswer(QMessageBox::Discard);
    select(QStringLiteral("SKTM-TA"));
    QCOMPARE(child<QLineEdit>("codeLineEdit")->text(), QStringLiteral("SKTM-TA"));
    QVERIFY(!stored(QStringLiteral("SKTM-P")).strand.endsWith(QStringLiteral("(pilot)")));

    QTest::keyClicks(child<QLineEdit>("strandLineEdit"), QStringLiteral(" (pilot)"));
    Prompter::setNextAnswer(QMessageBox::Save);
    select(QStringLiteral("SKTM-P"));
    QVERIFY(stored(QStringLiteral("SKTM-TA")).strand.endsWith(QStringLiteral("(pilot)")));
    QCOMPARE(child<QLineEdit>("codeLineEdit")->text(), QStringLiteral("SKTM-P"));
}

void TestProgrammesEditor::removingSimpleRuleOpensToEveryone()
{
    select(QStringLiteral("TFM-EMB"));
    auto *tree = child<QTreeWidget>("prerequisiteTreeWidget");
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTest::mouseClick(child<QPushButton>("removeConditionPushButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>("prerequisiteSummaryLabel")->text(),
             QStringLiteral("In words: open to every school."));
    QVERIFY(m_page->editor()->save());
    QVERIFY(stored(QStringLiteral("TFM-EMB")).prerequisites.isNone());
    // The top group itself cannot be removed.
    tree->setCurrentItem(tree->topLevelItem(0));
    QVERIFY(!child<QPushButton>("removeConditionPushButton")->isEnabled());
}

void TestProgrammesEditor::tableListsCatalogue()
{
    auto *model = m_page->model();
    QCOMPARE(model->rowCount(), 23);
    const int row = model->rowOf(stored(QStringLiteral("TFM-EMB")).id);
    QCOMPARE(model->index(row, ProgrammeTableModel::Prerequisites).data().toString(),
             QStringLiteral("took part in TFM-DEV"));
    QCOMPARE(model->index(row, ProgrammeTableModel::Threshold).data().toString(),
             QStringLiteral("75%"));
    Programme p = stored(QStringLiteral("TFM-EMB"));
    p.completionThreshold = 70;
    ProgrammeStore(m_temp->db()).update(p);
    QCOMPARE(model->index(model->rowOf(p.id), ProgrammeTableModel::Threshold).data().toString(),
             QStringLiteral("70%"));
}

void TestProgrammesEditor::aSavedChangeIsUndoneAndRedone()
{
    select(QStringLiteral("TFM-INTRO"));
    const Programme before = stored(QStringLiteral("TFM-INTRO"));
    auto *title = child<QLineEdit>("titleLineEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Mastery: a first look"));
    child<QSpinBox>("completionThresholdSpinBox")->setValue(60);
    QVERIFY(m_page->editor()->save());
    QCOMPARE(stored(QStringLiteral("TFM-INTRO")).title, QStringLiteral("Mastery: a first look"));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Change programme TFM-INTRO"));

    m_undo->undo();
    const Programme undone = stored(QStringLiteral("TFM-INTRO"));
    QCOMPARE(undone.title, before.title);
    QCOMPARE(undone.completionThreshold, before.completionThreshold);
    // The form shows the programme as it is now, not the edit taken back.
    QCOMPARE(title->text(), before.title);
    QCOMPARE(child<QSpinBox>("completionThresholdSpinBox")->value(), before.completionThreshold);
    QVERIFY(!m_page->editor()->isModified());

    m_undo->redo();
    QCOMPARE(stored(QStringLiteral("TFM-INTRO")).completionThreshold, 60);
    QCOMPARE(title->text(), QStringLiteral("Mastery: a first look"));
}

void TestProgrammesEditor::anAddedProgrammeIsUndoneAndRedone()
{
    QTest::mouseClick(child<QPushButton>("newProgrammePushButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>("codeLineEdit"), QStringLiteral("LOCAL-2"));
    QTest::keyClicks(child<QLineEdit>("titleLineEdit"), QStringLiteral("Local Reasoning Project"));
    QVERIFY(m_page->editor()->save());
    const Programme added = stored(QStringLiteral("LOCAL-2"));
    QCOMPARE(m_page->model()->rowCount(), 24);

    m_undo->undo();
    QVERIFY(!ProgrammeStore(m_temp->db()).findByCode(QStringLiteral("LOCAL-2")));
    QCOMPARE(m_page->model()->rowCount(), 23);
    // The form no longer shows the programme taken away.
    QVERIFY(child<QLineEdit>("codeLineEdit")->text() != QStringLiteral("LOCAL-2"));

    m_undo->redo();
    const Programme again = stored(QStringLiteral("LOCAL-2"));
    QCOMPARE(again.uuid, added.uuid); // the same record, not a copy
    QCOMPARE(again.title, added.title);
}

void TestProgrammesEditor::aRemovedProgrammeIsPutBackByUndo()
{
    Programme unused;
    unused.code = QStringLiteral("LOCAL-3");
    unused.title = QStringLiteral("Local Number Project");
    ProgrammeStore(m_temp->db()).add(unused);
    select(QStringLiteral("LOCAL-3"));
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("removeProgrammePushButton"), Qt::LeftButton);
    QVERIFY(!ProgrammeStore(m_temp->db()).findByCode(QStringLiteral("LOCAL-3")));
    QCOMPARE(m_undo->undoText(), QStringLiteral("Remove programme LOCAL-3"));

    m_undo->undo();
    const Programme back = stored(QStringLiteral("LOCAL-3"));
    QCOMPARE(back.uuid, unused.uuid);
    QCOMPARE(back.title, unused.title);
    m_undo->redo();
    QVERIFY(!ProgrammeStore(m_temp->db()).findByCode(QStringLiteral("LOCAL-3")));

    // One a Work Group uses is refused, and stays.
    const test::SmallWorkGroup group = test::buildSmallWorkGroup(m_temp->db());
    const Programme used = *ProgrammeStore(m_temp->db()).find(group.programmeId);
    select(used.code);
    const int steps = m_undo->count();
    Prompter::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("removeProgrammePushButton"), Qt::LeftButton);
    QVERIFY(ProgrammeStore(m_temp->db()).find(used.id));
    QCOMPARE(m_undo->count(), steps);
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("Work Group")),
             qPrintable(Prompter::lastMessage()));
}

void TestProgrammesEditor::undoOverSomeoneElsesChangeIsRefused()
{
    select(QStringLiteral("MN"));
    const Programme before = stored(QStringLiteral("MN"));
    child<QSpinBox>("completionThresholdSpinBox")->setValue(85);
    QVERIFY(m_page->editor()->save());
    // Someone else (another window, a merged pack) changes it after.
    Programme theirs = stored(QStringLiteral("MN"));
    theirs.description = QStringLiteral("Their description");
    ProgrammeStore(m_temp->db()).update(theirs);

    m_undo->undo();
    QVERIFY2(Prompter::lastMessage().contains(QStringLiteral("changed")),
             qPrintable(Prompter::lastMessage()));
    const Programme kept = stored(QStringLiteral("MN"));
    QCOMPARE(kept.description, theirs.description);
    QCOMPARE(kept.completionThreshold, 85); // nothing of the undo written
    QVERIFY(kept.completionThreshold != before.completionThreshold);
    QCOMPARE(kept.version, theirs.version);
}

void TestProgrammesEditor::aSaveAfterSomeoneElsesChangeIsMerged()
{
    select(QStringLiteral("SKTM-P"));
    QTest::keyClicks(child<QLineEdit>("strandLineEdit"), QStringLiteral(" (pilot)"));
    // Someone else saves it while the form has an edit of its own, which is kept on screen.
    Programme theirs = stored(QStringLiteral("SKTM-P"));
    theirs.defaultSessions = 9;
    ProgrammeStore(m_temp->db()).update(theirs);
    QVERIFY(child<QLineEdit>("strandLineEdit")->text().endsWith(QStringLiteral("(pilot)")));
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        auto *dialog = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        const QAbstractItemModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, EditConflictModel::Field).data().toString(),
                 QStringLiteral("Strand"));
        QCOMPARE(model->index(1, EditConflictModel::Field).data().toString(),
                 QStringLiteral("Default sessions"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveMergedPushButton"))->click();
    });
    QVERIFY(m_page->editor()->save());
    QVERIFY(shown);
    const Programme merged = stored(QStringLiteral("SKTM-P"));
    QCOMPARE(merged.defaultSessions, 9);
    QVERIFY(merged.strand.endsWith(QStringLiteral("(pilot)")));
    QCOMPARE(child<QSpinBox>("defaultSessionsSpinBox")->value(), 9);
}

QTEST_MAIN(TestProgrammesEditor)
#include "tst_programmeseditor.moc"
