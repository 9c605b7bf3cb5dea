// The in-page half of the photos' browser bench, injected before the page loads (the app's or the
// bare baseline page). A picture counts as on screen once it has loaded, is decoded (img.decode())
// and the next animation frame has come: the frame that shows it. Plain browser code: it is
// serialised into the page.

export interface PhotoProbe {
  /**
   * Until `count` thumbnails are on screen: milliseconds from navigation start, and from the frame
   * that first showed `opened` (the chart's heading: the chart has opened).
   */
  thumbsOnScreen(count: number, opened: string): Promise<{ fromStart: number; fromOpen: number }>;
  /** Milliseconds from the next change event until the <img> with this data-photo-hash is on screen. */
  imageAfterChange(hash: string): Promise<number>;
}

export function installPhotoProbe(): void {
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const loaded = (img: HTMLImageElement) => img.complete && img.naturalWidth > 0;
  /** Resolves with the images once `find` gives them all loaded, checked every frame. */
  const whenLoaded = async (find: () => HTMLImageElement[] | null): Promise<HTMLImageElement[]> => {
    for (;;) {
      const imgs = find();
      if (imgs && imgs.every(loaded)) return imgs;
      await frame();
    }
  };
  const onScreen = async (imgs: HTMLImageElement[]) => {
    await Promise.all(imgs.map((i) => i.decode().catch(() => undefined)));
    return frame();
  };
  const probe: PhotoProbe = {
    async thumbsOnScreen(count, opened) {
      let openedAt: number | null = null;
      const imgs = await whenLoaded(() => {
        if (openedAt === null && document.querySelector('h1')?.textContent?.includes(opened)) openedAt = performance.now();
        const all = [...document.querySelectorAll<HTMLImageElement>('.photo-thumb img, img[data-thumb]')];
        return all.length >= count ? all : null;
      });
      const end = await onScreen(imgs);
      return { fromStart: end, fromOpen: end - (openedAt ?? 0) };
    },
    async imageAfterChange(hash) {
      const start = new Promise<number>((resolve) =>
        document.addEventListener('change', (e) => resolve(e.timeStamp), { capture: true, once: true }),
      );
      const imgs = await whenLoaded(() => {
        const img = document.querySelector<HTMLImageElement>(`img[data-photo-hash="${hash}"]`);
        return img ? [img] : null;
      });
      const end = await onScreen(imgs);
      return end - (await start);
    },
  };
  (window as unknown as { __stipplePhotoProbe: PhotoProbe }).__stipplePhotoProbe = probe;
}
