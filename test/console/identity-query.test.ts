import { describe, expect, it } from 'vitest';
import { identityQuery } from '../../web/console/api.ts';

describe("the console's customer search", () => {
  it('reads what a Chinese input method types in full width as the email or phone it is, not as a WeChat id', () => {
    expect(identityQuery('ＬＩ.ＬＥＩ＠ＥＸＡＭＰＬＥ．ＣＯＭ')).toEqual({ identity: 'email:LI.LEI@EXAMPLE.COM' });
    expect(identityQuery('１３８ ００１３ ８０００')).toEqual({ identity: 'phone:138 0013 8000' });
    expect(identityQuery('oXdd35Fh8cg8FJyThL0ODDYhAVOI')).toEqual({ identity: 'wechat:oXdd35Fh8cg8FJyThL0ODDYhAVOI' });
  });
});
