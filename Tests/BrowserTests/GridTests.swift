// The grid is the contract between rendering and the terminal layer.

import Browser
import Testing

@Suite struct GridTests {
    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(size: Size(rows: 2, cols: 3))
        grid[0, 0] = Cell("a")
        grid[5, 5] = Cell("x")
        grid[-1, 0] = Cell("x")
        #expect(grid.text == "a  \n   ")
    }
}
