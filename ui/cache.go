package ui

import (
	"github.com/kioskreader/kiosk/store/article"
)

// lru is a small least-recently-used map. Only Update touches it, so it
// needs no lock.
type lru[K comparable, V any] struct {
	max     int
	maxCost int         // 0: no limit but max
	cost    func(V) int // what an item weighs against maxCost
	total   int         // the cost of the items held
	tick    int
	items   map[K]lruItem[V]
}

type lruItem[V any] struct {
	v    V
	used int
	cost int
}

func newLRU[K comparable, V any](max int) *lru[K, V] {
	return &lru[K, V]{max: max, items: map[K]lruItem[V]{}}
}

func (c *lru[K, V]) get(k K) (V, bool) {
	it, ok := c.items[k]
	if ok {
		c.tick++
		it.used = c.tick
		c.items[k] = it
	}
	return it.v, ok
}

func (c *lru[K, V]) put(k K, v V) {
	c.tick++
	cost := 0
	if c.cost != nil {
		cost = c.cost(v)
	}
	c.remove(k)
	c.items[k] = lruItem[V]{v, c.tick, cost}
	c.total += cost
	for len(c.items) > 1 && (len(c.items) > c.max || (c.maxCost > 0 && c.total > c.maxCost)) {
		var oldest K
		least := c.tick + 1
		for k, it := range c.items {
			if it.used < least {
				oldest, least = k, it.used
			}
		}
		c.remove(oldest)
	}
}

func (c *lru[K, V]) remove(k K) {
	if it, ok := c.items[k]; ok {
		c.total -= it.cost
		delete(c.items, k)
	}
}

// cache holds parsed articles and their renderings, so going back to an
// article or a width is instant.
type cache struct {
	articles *lru[string, article.Article]
	renders  *lru[renderKey, []string]
}

// renderBytes bounds the renderings kept: 96 of a typical article, or a
// few of a very large one, not 96 of those.
const renderBytes = 48 << 20

func newCache() *cache {
	renders := newLRU[renderKey, []string](96)
	renders.maxCost, renders.cost = renderBytes, linesCost
	return &cache{articles: newLRU[string, article.Article](128), renders: renders}
}

// linesCost is about what a rendering holds in memory.
func linesCost(lines []string) int {
	n := 16 * len(lines)
	for _, l := range lines {
		n += len(l)
	}
	return n
}

// forget drops what is kept of an article: its file changed.
func (c *cache) forget(id string) {
	c.articles.remove(id)
	for k := range c.renders.items {
		if k.id == id {
			c.renders.remove(k)
		}
	}
}
