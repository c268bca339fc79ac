#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace hubreg {

// One field of a kind of record, for a merge: how people name it, how its value reads, and how
// to take it from one copy of the record into another.
template<typename R> struct MergeField
{
    QString label;
    std::function<QString(const R &)> text;
    std::function<void(const R &from, R &to)> take;
};

// A field held in a member of the record, read as `text` makes it.
template<typename R, typename T>
MergeField<R> memberField(T R::*member, const QString &label,
                          std::function<QString(const T &)> text)
{
    return { label, [member, text](const R &record) { return text(record.*member); },
             [member](const R &from, R &to) { to.*member = from.*member; } };
}

// A text member, read as it is.
template<typename R> MergeField<R> textField(QString R::*member, const QString &label)
{
    return memberField<R, QString>(member, label, [](const QString &text) { return text; });
}

// The fields of an edit that was refused because someone else had changed the record since the
// edit was based on it (StoreError::Stale), set against what is stored now. A field only one
// side changed keeps that change; a field both changed, to different values, is a conflict the
// person decides, theirs until they do.
class FieldMerge
{
public:
    struct Row
    {
        QString label;
        QString before; // when the edit was begun
        QString theirs; // stored now
        QString yours; // the edit
        bool conflict = false; // both changed it, differently
        bool takeYours = false;
    };

    virtual ~FieldMerge() = default;

    // Every field either side changed, in the kind's order.
    const QList<Row> &rows() const { return m_rows; }
    int conflicts() const;
    // Whether the other side changed any field people see (a register taken records a session
    // held; a re-save changes none).
    bool theyChangedAny() const;
    // Decides a conflicting row; a row only one side changed is not the person's to decide.
    void choose(int row, bool yours);

protected:
    QList<Row> m_rows;
    QList<int> m_fieldOfRow;
};

template<typename R> class RecordMerge : public FieldMerge
{
public:
    RecordMerge(QList<MergeField<R>> fields, const R &before, const R &theirs, const R &yours)
        : m_fields(std::move(fields))
        , m_theirs(theirs)
        , m_yours(yours)
    {
        for (int i = 0; i < m_fields.size(); ++i) {
            const MergeField<R> &field = m_fields.at(i);
            Row row { field.label, field.text(before), field.text(theirs), field.text(yours) };
            const bool theyChanged = row.theirs != row.before;
            const bool youChanged = row.yours != row.before;
            if (!theyChanged && !youChanged)
                continue;
            row.conflict = theyChanged && youChanged && row.theirs != row.yours;
            row.takeYours = youChanged && !theyChanged;
            m_rows.append(row);
            m_fieldOfRow.append(i);
        }
    }

    // What is stored now with the changes taken from the edit: the record and version stored
    // now, so that writing it is refused again if anyone changes the record meanwhile.
    R result() const
    {
        R merged = m_theirs;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).takeYours)
                m_fields.at(m_fieldOfRow.at(row)).take(m_yours, merged);
        return merged;
    }

private:
    QList<MergeField<R>> m_fields;
    R m_theirs;
    R m_yours;
};

} // namespace hubreg
