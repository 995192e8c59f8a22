// The writer binds each row's values to SQLite directly (`IndexWriter.run`): every kind of value must
// come back as written, and a failing row must stop the write with SQLite's own message.

@testable import DossierKit
import Foundation
import GRDB
import Testing

@Suite struct IndexWriterRunTests {
    @Test func everyKindOfValueComesBackAsWritten() throws {
        let queue = try DatabaseQueue()
        let rows: [[DatabaseValue]] = [
            [1.databaseValue, "Yerevan — Ереван ✓".databaseValue, 2.5.databaseValue, Data([0, 1, 255]).databaseValue],
            [2.databaseValue, .null, (-0.0).databaseValue, Data().databaseValue],
            [3.databaseValue, "".databaseValue, Double.greatestFiniteMagnitude.databaseValue, .null],
        ]
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT, d REAL, b BLOB)")
            let insert = try db.makeStatement(sql: "INSERT INTO t (id, s, d, b) VALUES (?, ?, ?, ?)")
            // The same statement again and again, as the writer runs it.
            for row in rows { try IndexWriter.run(insert, row) }
        }
        let back = try queue.read { db in try Row.fetchAll(db, sql: "SELECT id, s, d, b FROM t ORDER BY id").map { Array($0.databaseValues) } }
        #expect(back == rows)
    }

    @Test func aFailingRowThrowsWithTheStatementAndLeavesTheStatementUsable() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT NOT NULL)")
            let insert = try db.makeStatement(sql: "INSERT INTO t (id, s) VALUES (?, ?)")
            try IndexWriter.run(insert, [1.databaseValue, "a".databaseValue])
            #expect {
                try IndexWriter.run(insert, [1.databaseValue, "b".databaseValue])
            } throws: { error in
                guard let e = error as? DatabaseError else { return false }
                return e.resultCode == .SQLITE_CONSTRAINT && e.sql == "INSERT INTO t (id, s) VALUES (?, ?)"
            }
            #expect(throws: DatabaseError.self) { try IndexWriter.run(insert, [2.databaseValue, .null]) }
            // Too few or too many values are the caller's mistake, said as such, not a half-bound row.
            #expect(throws: DossierError.self) { try IndexWriter.run(insert, [3.databaseValue]) }
            try IndexWriter.run(insert, [4.databaseValue, "d".databaseValue])
        }
        let ids = try queue.read { db in try Int.fetchAll(db, sql: "SELECT id FROM t ORDER BY id") }
        #expect(ids == [1, 4])
    }
}
