package ui

import (
	"strconv"

	"github.com/kioskreader/kiosk/store/article"
)

// lru is a small least-recently-used map. Only Update touches it, so it
// needs no lock.
type lru[K comparable, V any] struct {
	max   int
	tick  int
	items map[K]lruItem[V]
}

type lruItem[V any] struct {
	v    V
	used int
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
	c.items[k] = lruItem[V]{v, c.tick}
	if len(c.items) <= c.max {
		return
	}
	var oldest K
	least := c.tick + 1
	for k, it := range c.items {
		if it.used < least {
			oldest, least = k, it.used
		}
	}
	delete(c.items, oldest)
}

// cache holds parsed articles and their renderings, so going back to an
// article or a width is instant.
type cache struct {
	articles *lru[string, article.Article]
	renders  *lru[renderKey, []string]
}

func newCache() *cache {
	return &cache{articles: newLRU[string, article.Article](128), renders: newLRU[renderKey, []string](96)}
}

// forget drops what is kept of an article: its file changed.
func (c *cache) forget(id string) {
	delete(c.articles.items, id)
	for k := range c.renders.items {
		if k.id == id {
			delete(c.renders.items, k)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
